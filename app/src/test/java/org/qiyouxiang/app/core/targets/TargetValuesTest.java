package org.qiyouxiang.app.core.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qiyouxiang.app.core.targets.Meaning.Comparison;
import org.qiyouxiang.app.core.targets.Meaning.FreeText;
import org.qiyouxiang.app.core.targets.Meaning.NoTarget;
import org.qiyouxiang.app.core.targets.Meaning.Part;
import org.qiyouxiang.app.core.targets.Meaning.Parts;
import org.qiyouxiang.app.core.targets.Meaning.Reach;
import org.qiyouxiang.app.core.targets.Meaning.State;
import org.qiyouxiang.app.core.targets.Meaning.WithYear;

class TargetValuesTest {

    @Test
    void keepsTheScaleOfAPlainNumber() {
        TargetValue value = TargetValues.parse("3.80");

        assertThat(value).isEqualTo(new TargetValue("3.80", new Reach(Quantity.of("3.80", ""))));
        assertThat(((Reach) value.meaning()).quantity().value().scale()).isEqualTo(2);
        assertThat(((Reach) value.meaning()).written()).isEqualTo("3.80");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", textBlock = """
            22.6%        | 22.6  | %
            4.00         | 4.00  | ''
            12420元      | 12420 | 元
            3.1万人      | 3.1   | 万人
            0.3万人次    | 0.3   | 万人次
            20 台        | 20    | 台
            0.867亿元    | 0.867 | 亿元
            30人         | 30    | 人
            1个          | 1     | 个
            12,420       | 12420 | ''
            -2.5%        | -2.5  | %
            −3           | -3    | ''
            """)
    void parsesNumberWithItsUnit(String written, BigDecimal number, String unit) {
        assertThat(TargetValues.parse(written).meaning()).isEqualTo(new Reach(new Quantity(number, unit)));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", textBlock = """
            <5      | LESS     | 5     | ''
            >70     | GREATER  | 70    | ''
            >63%    | GREATER  | 63    | %
            ≥85%    | AT_LEAST | 85    | %
            ≤3      | AT_MOST  | 3     | ''
            <=3     | AT_MOST  | 3     | ''
            >=500   | AT_LEAST | 500   | ''
            >0.867  | GREATER  | 0.867 | ''
            '< 5 %' | LESS     | 5     | %
            """)
    void parsesComparisonWithSign(String written, Relation relation, BigDecimal number, String unit) {
        assertThat(TargetValues.parse(written).meaning()).isEqualTo(new Comparison(relation, new Quantity(number, unit)));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", textBlock = """
            ＜5     | LESS     | 5  | ''
            ＞63％  | GREATER  | 63 | %
            ≦3      | AT_MOST  | 3  | ''
            ≧８５％ | AT_LEAST | 85 | %
            """)
    void parsesComparisonWithFullWidthSign(String written, Relation relation, BigDecimal number, String unit) {
        assertThat(TargetValues.parse(written).meaning()).isEqualTo(new Comparison(relation, new Quantity(number, unit)));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", textBlock = """
            90%以上      | AT_LEAST | 90    | %
            3.1万人以上  | AT_LEAST | 3.1   | 万人
            不低于85%    | AT_LEAST | 85    | %
            不少于100人  | AT_LEAST | 100   | 人
            低于5%       | LESS     | 5     | %
            不超过3      | AT_MOST  | 3     | ''
            1‰以下       | AT_MOST  | 1     | ‰
            控制在1‰以下 | AT_MOST  | 1     | ‰
            达到92%以上  | AT_LEAST | 92    | %
            超过0.867亿元 | GREATER | 0.867 | 亿元
            """)
    void parsesComparisonWords(String written, Relation relation, BigDecimal number, String unit) {
        assertThat(TargetValues.parse(written).meaning()).isEqualTo(new Comparison(relation, new Quantity(number, unit)));
    }

    @Test
    void readsReachingANumberLikeTheBareNumber() {
        assertThat(TargetValues.parse("达到95%").meaning()).isEqualTo(new Reach(Quantity.of("95", "%")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"不低于85%以上", "≥85%以下"})
    void leavesABoundSaidTwiceToAPerson(String written) {
        assertThat(TargetValues.parse(written).meaning()).isEqualTo(new FreeText());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            完成,       完成
            已完成,     已完成
            全覆盖,     全覆盖
            全面完成,   全面完成
            达标,       达标
            ' 已 完成 ', 已完成
            全覆盖。,   全覆盖
            """)
    void parsesStateToReach(String written, String word) {
        assertThat(TargetValues.parse(written)).isEqualTo(new TargetValue(written, new State(word)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"/", "／", "-", "—", "——", "－", "   ", "\n", " / "})
    void readsDashesSlashesAndBlanksAsNoTarget(String written) {
        TargetValue value = TargetValues.parse(written);

        assertThat(value).isEqualTo(new TargetValue(written == null ? "" : written, new NoTarget()));
        assertThat(value.hasTarget()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"职工85% 城乡居民70%", "职工85%，城乡居民70%", "职工85%；城乡居民70%。", "职工 85% 城乡居民 70%",
        "职工85%\n城乡居民70%", "职工85%城乡居民70%"})
    void parsesLabelledParts(String written) {
        assertThat(TargetValues.parse(written).meaning()).isEqualTo(new Parts(List.of(
                new Part("职工", new Reach(Quantity.of("85", "%"))),
                new Part("城乡居民", new Reach(Quantity.of("70", "%"))))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"职工86、城乡居民70", "职工 86 城乡居民 70", "职 工\n86\n城 乡\n居 民\n70", "职工86\n城乡居\n民70"})
    void parsesLabelledPartsWithoutUnitsEvenWhenThePdfBrokeTheLabels(String written) {
        assertThat(TargetValues.parse(written).meaning()).isEqualTo(new Parts(List.of(
                new Part("职工", new Reach(Quantity.of("86", ""))),
                new Part("城乡居民", new Reach(Quantity.of("70", ""))))));
    }

    @Test
    void parsesLabelledPartsWhoseValuesAreComparisons() {
        assertThat(TargetValues.parse("职工≥85% 城乡居民不低于70%").meaning()).isEqualTo(new Parts(List.of(
                new Part("职工", new Comparison(Relation.AT_LEAST, Quantity.of("85", "%"))),
                new Part("城乡居民", new Comparison(Relation.AT_LEAST, Quantity.of("70", "%"))))));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", textBlock = """
            80.82 (2021)     | 80.82 | ''  | 2021
            11.78% (2021)    | 11.78 | %   | 2021
            80.82（2021年）  | 80.82 | ''  | 2021
            80.82(2021)      | 80.82 | ''  | 2021
            """)
    void parsesValueWithItsOwnYear(String written, BigDecimal number, String unit, int year) {
        assertThat(TargetValues.parse(written)).isEqualTo(
                new TargetValue(written, new WithYear(new Reach(new Quantity(number, unit)), year)));
    }

    @Test
    void normalisesFullWidthDigitsButKeepsTheTextAsWritten() {
        assertThat(TargetValues.parse("８５％")).isEqualTo(new TargetValue("８５％", new Reach(Quantity.of("85", "%"))));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", textBlock = """
            年度指标2.6    | 2.6
            年度目标值：4.12 | 4.12
            """)
    void readsPastTheWordsForAnnualTarget(String written, BigDecimal number) {
        assertThat(TargetValues.parse(written).meaning()).isEqualTo(new Reach(new Quantity(number, "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"完成市下达的任务指标", "0.28万人次左右", "职工85%", "实施进度 20%", "累计完成1.2万人。",
        "完成加装电梯 1 台。完成全年度 3 台指标。", "职工85% 职工70%", "不低于85% 不超过90%"})
    void keepsTextItCannotJudgeAsFreeText(String written) {
        assertThat(TargetValues.parse(written)).isEqualTo(new TargetValue(written, new FreeText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(((", "%", "<", "职工", "(2021)", "1.2.3", "99999999999999999999999.999999999",
        "１２３４５６７８９０１２３４５６７８９０", "\u0000", "\uD83D\uDE00", "职工85% 城乡居民", "85%%", "..."})
    void neverThrowsOnOddText(String written) {
        assertThat(TargetValues.parse(written).text()).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} in a table of {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "6.07|万人|6.07万人",
            ">1500|人|>1500人",
            "≥85|%|≥85%",
            "85%|%|85%",
            "3.1万人|人|3.1万人",
            "全覆盖|人|全覆盖",
            "职工86、城乡居民70|%|职工86、城乡居民70",
            "完成市下达的任务指标|万人|完成市下达的任务指标",
            "/|人|/"})
    void aBareNumberTakesTheUnitOfItsTable(String text, String unit, String written) {
        assertThat(TargetValues.withUnit(text, unit)).isEqualTo(written);
        assertThat(TargetValues.withUnit(text, null)).isEqualTo(text);
    }
}
