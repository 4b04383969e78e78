package org.qiyouxiang.app.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            *每千人口拥有3岁以下婴幼儿托位数(个)        | true  | 每千人口拥有3岁以下婴幼儿托位数(个)        | 个
            ＊普惠托位占比（%）                          | true  | 普惠托位占比（%）                          | %
            * 高等教育毛入学率（％）                     | true  | 高等教育毛入学率（％）                     | %
            全县开展职业技能培训累计数(万人次)          | false | 全县开展职业技能培训累计数(万人次)          | 万人次
            建设筹集保障性租赁住房数(套(间))            | false | 建设筹集保障性租赁住房数(套(间))            | 套(间)
            保障性租赁住房累计建设筹集套数(套、间)      | false | 保障性租赁住房累计建设筹集套数(套、间)      | 套、间
            基本医疗保险政策范围内住院报销比例（含大病保险） | false | 基本医疗保险政策范围内住院报销比例（含大病保险） | null
            基本医疗保险政策范围内住院报销比例(含大病保险)(%) | false | 基本医疗保险政策范围内住院报销比例(含大病保险)(%) | %
            安薪指数                                    | false | 安薪指数                                    | null
            人均预期寿命(2021)                          | false | 人均预期寿命(2021)                          | null
            """)
    void readsTheCoreMarkTheNameAndTheUnit(String written, boolean core, String name, String unit) {
        IndicatorName parsed = IndicatorNames.parse(written);

        assertThat(parsed.core()).isEqualTo(core);
        assertThat(parsed.name()).isEqualTo(name);
        assertThat(parsed.unit()).isEqualTo(unit);
        assertThat(parsed.withMark()).isEqualTo(core ? "*" + name : name);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0—3岁儿童发育监测筛查率(%)                  | 0-3岁儿童发育监测筛查率(%)
            *每千人口拥有3岁以下婴幼儿托位数(个)        | 每千人口拥有3岁以下婴幼儿托位数
            每千常住人口执业(助理)医师数(人)            | 每千常住人口执业（助理）医师数
            基本养老保险参保人数(人)                    | 基本养老保险参保人数(万人)
            “浙里惠民保·舟惠保”投保率(%)                | "浙里惠民保・舟惠保"投保率（％）
            城镇调查 失业率（%）                        | 城镇调查失业率(%)
            基本医疗保险政策范围内住院报销比例(含大病保险)(%) | 基本医疗保险政策范围内住院报销比例（含大病保险）
            为13—14岁女生接种HPV疫苗(人)                | 为13~14岁女生接种hpv疫苗
            """)
    void spellingsOfOneIndicatorMatch(String one, String other) {
        assertThat(IndicatorNames.key(one)).isEqualTo(IndicatorNames.key(other));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            通过全国学前教育普及普惠县省级评估率(%)     | 通过国家学前教育普及普惠县省级评估(%)
            调查失业率(%)                               | 城镇调查失业率(%)
            基本医疗保险政策范围内住院报销比例(含大病保险) | 基本医疗保险政策范围内住院报销比例
            最低生活保障年人均标准(元)                  | 最低生活保障标准金额(元)
            """)
    void differentWordsAreDifferentIndicators(String one, String other) {
        assertThat(IndicatorNames.key(one)).isNotEqualTo(IndicatorNames.key(other));
    }

    @Test
    void theKeyDropsTheUnitBracketOnly() {
        assertThat(IndicatorNames.key("＊每千常住人口执业（助理）医师数（人）")).isEqualTo("每千常住人口执业(助理)医师数");
    }
}
