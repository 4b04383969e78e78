package org.qiyouxiang.app.core.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionsTest {

    @ParameterizedTest(name = "{0} with targets {1} → {2}")
    @CsvSource(delimiterString = "|", textBlock = """
            # indicator                        | targets (space-separated)       | direction
            城镇调查失业率(%)                  | <5 <5 <5                        | LOWER
            城镇登记失业率(%)                  | 0.84 <3 <3                      | LOWER
            “浙里惠民保”投保率(%)              | 96.6% >70 >70                   | HIGHER
            “残疾人之家”覆盖率(%)              | 23.81% ≥85% ≥87%                | HIGHER
            某指标                             | 5%以下 4%以下                    | LOWER
            基本医疗保险住院报销比例           | 职工≥85%、城乡居民≥70%           | HIGHER
            某发生率                           | >3                              | HIGHER
            """)
    void anExplicitBoundDecides(String name, String targets, Direction direction) {
        assertThat(Directions.infer(name, parse(targets))).isEqualTo(direction);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            重大慢病过早死亡率(%)                | LOWER
            孕产妇死亡率                         | LOWER
            严重致残出生缺陷发生率               | LOWER
            生产安全事故死亡人数                 | LOWER
            欠薪案件数                           | LOWER
            *欠薪线索动态化解率(%)               | HIGHER
            *每千人口拥有3岁以下婴幼儿托位数(个) | HIGHER
            人均预期寿命(岁)                     | HIGHER
            最低生活保障年人均标准（元）         | HIGHER
            """)
    void withoutABoundTheNameDecides(String name, Direction direction) {
        assertThat(Directions.infer(name, parse("10.3 10.0 9.6"))).isEqualTo(direction);
    }

    @ParameterizedTest(name = "{0} with targets {1} → {2}")
    @CsvSource(delimiterString = "|", textBlock = """
            城镇调查失业率 | <5 >1 | LOWER
            托位使用率     | <5 >1 | HIGHER
            """)
    void boundsThatDisagreeLeaveItToTheName(String name, String targets, Direction direction) {
        assertThat(Directions.infer(name, parse(targets))).isEqualTo(direction);
    }

    private static List<TargetValue> parse(String targets) {
        return Arrays.stream(targets.split(" ")).map(TargetValues::parse).toList();
    }
}
