package org.qiyouxiang.app.core.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JudgeTest {

    @ParameterizedTest(name = "target {0}, actual {1}, {2} → {3}")
    @CsvSource(delimiterString = "|", textBlock = """
            # target              | actual                   | direction | verdict
            <5                    | 4.9                      | HIGHER    | MET
            <5                    | 5.0                      | HIGHER    | NOT_MET
            <5                    | 5                        | LOWER     | NOT_MET
            ＜5                   | ４.９%                   | HIGHER    | MET
            ≥85%                  | 85                       | HIGHER    | MET
            ≥85%                  | 84.9%                    | HIGHER    | NOT_MET
            >63%                  | 63                       | HIGHER    | NOT_MET
            >63                   | 63.5%                    | HIGHER    | MET
            >0.867                | 0.9                      | HIGHER    | MET
            >0.867                | 0.867                    | HIGHER    | NOT_MET
            90%以上               | 90                       | HIGHER    | MET
            不低于85%             | 84                       | HIGHER    | NOT_MET
            3.80                  | 3.8                      | HIGHER    | MET
            3.80                  | 3.79                     | HIGHER    | NOT_MET
            10.3                  | 10.1                     | LOWER     | MET
            10.3                  | 10.3                     | LOWER     | MET
            10.3                  | 10.5                     | LOWER     | NOT_MET
            10.3                  | 10.1                     | HIGHER    | NOT_MET
            80.82 (2021)          | 81                       | HIGHER    | MET
            80.82（2021年）       | 80.5                     | HIGHER    | NOT_MET
            11.78% (2021)         | 11.5%                    | LOWER     | MET
            3.1万人               | 31000人                  | HIGHER    | MET
            3.1万人               | 30999人                  | HIGHER    | NOT_MET
            12800元               | 1.28万元                 | HIGHER    | MET
            0.867亿元             | 8670万元                 | HIGHER    | MET
            1‰以下                | 0.1%                     | HIGHER    | MET
            职工85% 城乡居民70%   | 职工86%；城乡居民70%     | HIGHER    | MET
            职工86、城乡居民70    | 职工84%；城乡居民71%     | HIGHER    | NOT_MET
            职工85% 城乡居民70%   | 职工90%；城乡居民69%。   | HIGHER    | NOT_MET
            职工≥85% 城乡居民>70% | 职工 85 城乡居民 70      | HIGHER    | NOT_MET
            全覆盖                | 完成                     | HIGHER    | MET
            全覆盖                | 已完成                   | HIGHER    | MET
            完成                  | 全覆盖                   | HIGHER    | MET
            完成                  | 100%                     | HIGHER    | MET
            完成                  | 未完成                   | HIGHER    | NOT_MET
            全覆盖                | 95%                      | HIGHER    | NOT_MET
            100                   | 已完成                   | HIGHER    | MET
            ８５％                | 85                       | HIGHER    | MET
            """)
    void judgesActualAgainstTarget(String target, String actual, Direction direction, Verdict verdict) {
        assertThat(Judge.judge(TargetValues.parse(target), actual, direction).verdict()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "target {0}, actual {1} → 待判断: {2}")
    @CsvSource(delimiterString = "|", textBlock = """
            # target              | actual                  | reason
            /                     | 85                      | 当年无目标
            ''                    | 85                      | 当年无目标
            完成市下达的任务指标  | 6.1                     | 目标为文字说明，需人工判断
            2.6                   | 正在统计                | 实际值无法识别为数字
            2.6                   | ''                      | 尚未填写实际值
            2.6                   | '  '                    | 尚未填写实际值
            职工85% 城乡居民70%   | 职工86%                 | 实际值未按“职工、城乡居民”分项填写
            职工85% 城乡居民70%   | 职工86% 灵活就业人员60% | 缺少“城乡居民”部分
            职工85% 城乡居民70%   | 85%                     | 实际值未按“职工、城乡居民”分项填写
            85%                   | 职工86% 城乡居民70%     | 实际值分为多项而目标只有一项，需人工判断
            20万人次              | 20人                    | 单位不一致（目标为“万人次”，实际为“人”），需人工判断
            90%                   | 120元                   | 单位不一致（目标为“%”，实际为“元”），需人工判断
            ≥85%                  | >90%                    | 实际值“>90%”是范围而非确切数字，需人工判断
            全覆盖                | 推进中                  | 无法从“推进中”判断是否“全覆盖”，需人工判断
            全覆盖                | 2.3                     | 无法从“2.3”判断是否“全覆盖”，需人工判断
            2.6                   | 已完成                  | 实际值无法识别为数字
            """)
    void saysWhyItCannotJudge(String target, String actual, String reason) {
        assertThat(Judge.judge(TargetValues.parse(target), actual, Direction.HIGHER))
                .isEqualTo(Judgement.undecided(reason));
    }

    @Test
    void explainsTheNumbersItCompared() {
        assertThat(Judge.judge(TargetValues.parse("<5"), "4.9", Direction.LOWER))
                .isEqualTo(Judgement.met("实际 4.9，目标 <5"));
        assertThat(Judge.judge(TargetValues.parse("10.3"), "10.5", Direction.LOWER))
                .isEqualTo(Judgement.notMet("实际 10.5，目标 10.3（越低越好）"));
        assertThat(Judge.judge(TargetValues.parse("全覆盖"), "已完成", Direction.HIGHER))
                .isEqualTo(Judgement.met("实际“已完成”，目标“全覆盖”"));
    }

    @Test
    void namesThePartsThatDecidedTheVerdict() {
        TargetValue target = TargetValues.parse("职工85% 城乡居民70%");

        assertThat(Judge.judge(target, "职工84%；城乡居民65%", Direction.HIGHER)).isEqualTo(
                Judgement.notMet("职工：实际 84%，目标 85%；城乡居民：实际 65%，目标 70%"));
        assertThat(Judge.judge(target, "职工86%；城乡居民65%", Direction.HIGHER)).isEqualTo(
                Judgement.notMet("城乡居民：实际 65%，目标 70%"));
        assertThat(Judge.judge(target, "职工86%；城乡居民70%", Direction.HIGHER)).isEqualTo(
                Judgement.met("职工：实际 86%，目标 85%；城乡居民：实际 70%，目标 70%"));
    }

    @Test
    void aPartNotMetOutweighsAPartUndecided() {
        assertThat(Judge.judge(TargetValues.parse("职工85% 城乡居民70%"), "职工80% 灵活就业人员90%", Direction.HIGHER))
                .isEqualTo(Judgement.notMet("职工：实际 80%，目标 85%"));
    }

    @Test
    void matchesAPartWhoseLabelIsWrittenLonger() {
        assertThat(Judge.judge(TargetValues.parse("职工85% 城乡居民70%"), "职工医保86%；城乡居民医保72%", Direction.HIGHER)
                .verdict()).isEqualTo(Verdict.MET);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            MET,       达标
            NOT_MET,   未达标
            UNDECIDED, 待判断
            """)
    void verdictsHaveChineseLabels(Verdict verdict, String label) {
        assertThat(verdict.label()).isEqualTo(label);
    }
}
