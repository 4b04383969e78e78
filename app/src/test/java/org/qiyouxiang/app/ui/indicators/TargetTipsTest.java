package org.qiyouxiang.app.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.app.core.targets.Judgement;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.app.service.YearTarget;

/** What the clerk reads beside a target: the meaning the program takes from the text, and where it comes from. */
class TargetTipsTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥85%                | HIGHER | 比较：≥85%
            <5                  | LOWER  | 比较：<5
            3.8                 | HIGHER | 数值：3.8（越高越好）
            9.15                | LOWER  | 数值：9.15（越低越好）
            全覆盖               | HIGHER | 状态：达到“全覆盖”
            /                   | HIGHER | 当年无目标
            ''                  | HIGHER | 当年无目标
            职工86、城乡居民70    | HIGHER | 分项：职工 86；城乡居民 70
            80.82 (2021)        | HIGHER | 数值：80.82（越高越好）（2021 年的值）
            完成市下达的任务指标   | HIGHER | 文字说明，需人工判断
            """)
    void describesTheMeaningOfATarget(String text, Direction direction, String meaning) {
        assertThat(TargetTips.meaning(text, direction)).isEqualTo(meaning);
    }

    @Test
    void onlyTextThatCannotBeReadIsFreeText() {
        assertThat(TargetTips.isFreeText("完成省定任务")).isTrue();
        assertThat(TargetTips.isFreeText("全覆盖")).isFalse();
        assertThat(TargetTips.isFreeText("")).isFalse();
    }

    @Test
    void aKeyTableTargetNamesItsTableAndTheFiveYearTablesDifferentCell() {
        IndicatorRow nursery = row(new YearTarget(2024, "4.0", "2.6"));

        assertThat(TargetTips.tip(nursery, 2024)).isEqualTo("数值：2.6（越高越好）\n出自 2024 年重点指标表\n五年目标表中为：4.0");
    }

    @Test
    void onlyAKeyTargetThatDiffersFromTheFiveYearOneIsMarked() {
        assertThat(TargetTips.keyDiffers(row(new YearTarget(2024, "4.0", "2.6")), 2024)).isTrue();
        assertThat(TargetTips.keyDiffers(row(new YearTarget(2024, "100", "100")), 2024)).isFalse();
        assertThat(TargetTips.keyDiffers(row(new YearTarget(2024, null, "2.6")), 2024)).as("key table only").isFalse();
        assertThat(TargetTips.keyDiffers(row(new YearTarget(2024, "4.0", null)), 2024)).as("five-year only").isFalse();
        assertThat(TargetTips.keyDiffers(row(new YearTarget(2024, "4.0", "2.6")), 2025)).as("another year").isFalse();
    }

    @Test
    void aYearWithoutATargetSaysSo() {
        assertThat(TargetTips.tip(row(new YearTarget(2024, null, null)), 2024)).isEqualTo("当年无目标\n两张表都没有给出目标");
    }

    private static IndicatorRow row(YearTarget target) {
        return new IndicatorRow(1, "幼有善育", "1", "每千人口拥有3岁以下婴幼儿托位数(个)", false, "个", null,
                Direction.HIGHER, "3.0", List.of(target), 2024, true, null, Judgement.undecided("尚未填写实际值"), 0);
    }
}
