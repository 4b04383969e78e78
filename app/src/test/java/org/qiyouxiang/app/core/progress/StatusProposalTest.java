package org.qiyouxiang.app.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.Status;

/**
 * The status rules, one rule a line, all for 二季度 2024 (1 April to 30 June). Before: 1 March; during:
 * 15 May; after: 10 July; after the year: 10 January 2025. A milestone is due at the end of its
 * {@code due} quarter; {@code last} says no later quarter of the item has a plan.
 */
class StatusProposalTest {

    private static final Quarter Q2 = new Quarter(2024, 2);

    @ParameterizedTest(name = "{0} (due Q{1}, last {2}) on {3}, reported {4} {5}% → {6} {7}")
    @CsvSource(delimiterString = "|", nullValues = "∅", textBlock = """
            # milestone                 |due|last | today      | done text                           |percent| status   | flags   | reason
            /                           | 2 |false| 2024-05-15 | 已完成                              | ∅     | NO_PLAN  | -       | 本季度无计划
            ∅                           | 2 |false| 2024-05-15 | ∅                                   | ∅     | NO_PLAN  | -       | 工作清单中本季度没有工作时序
            累计帮扶 30 人次            | 2 |false| 2024-03-01 | ∅                                   | ∅     | NOT_DUE  | -       | 本季度尚未开始
            累计帮扶 30 人次            | 2 |false| 2024-05-15 | ∅                                   | ∅     | ON_TRACK | -       | 本季度进行中，尚未报送完成情况
            累计帮扶 30 人次            | 2 |false| 2024-07-10 | ∅                                   | ∅     | ∅        | 未报送  | 本季度已结束，尚未报送完成情况
            累计帮扶 30 人次            | 2 |false| 2024-07-10 | 累计帮扶 32 人次                    | ∅     | ON_TRACK | -       | 实际 32人次，已达到节点 30人次
            累计帮扶 100 人次           | 2 |true | 2024-07-10 | 累计帮扶100人次                     | ∅     | DONE     | -       | 实际 100人次，已达到全年目标 100人次
            累计帮扶 100 人次           | 2 |true | 2024-05-15 | 累计帮扶100人次                     | ∅     | DONE     | -       | 实际 100人次，已达到全年目标 100人次
            累计帮扶 30 人次            | 2 |false| 2024-07-10 | 累计帮扶 25 人次                    | ∅     | LAGGING  | -       | 实际 25人次，未达到节点 30人次
            累计帮扶 30 人次            | 2 |false| 2024-05-15 | 累计帮扶 25 人次                    | ∅     | ON_TRACK | at risk | 实际 25人次，尚未达到节点 30人次（节点到二季度末）
            累计帮扶 30 人次            | 4 |false| 2024-07-10 | 累计帮扶 25 人次                    | ∅     | ON_TRACK | at risk | 实际 25人次，尚未达到节点 30人次（节点到四季度末）
            累计帮扶 30 人次            | 2 |false| 2024-03-01 | 累计帮扶 25 人次                    | ∅     | NOT_DUE  | -       | 本季度尚未开始：实际 25人次，节点 30人次
            累计帮扶 30 人次            | 2 |false| 2024-03-01 | 累计帮扶 32 人次                    | ∅     | ON_TRACK | -       | 实际 32人次，已达到节点 30人次
            累计帮扶 30 人次            | 2 |false| 2024-07-10 | 本季度帮扶12人次，累计帮扶34人次    | ∅     | ON_TRACK | -       | 实际 34人次，已达到节点 30人次
            累计帮扶 30 人次            | 2 |false| 2024-07-10 | 帮扶 32 人                          | ∅     | ∅        | -       | 单位不一致（节点 30人次，完成情况 32人），需人工判断
            累计帮扶 30 人次            | 2 |false| 2024-07-10 | 帮扶工作有序开展                    | ∅     | ∅        | -       | 完成情况中没有可与节点 30人次 对照的数字，需人工判断
            累计帮扶 30 人次            | 2 |false| 2024-07-10 | ∅                                   | 80    | ∅        | -       | 完成情况中没有可与节点 30人次 对照的数字，需人工判断
            累计帮扶 30 人次            | 2 |false| 2024-07-10 | ∅                                   | 100   | DONE     | -       | 完成进度 100%
            新增持证数字高技能人才30人。| 2 |false| 2024-07-10 | 4月新增12人，5月新增20人            | ∅     | ∅        | -       | 完成情况中有多个可与节点 30人 对照的数字（12人、20人），需人工判断
            助餐配送餐服务人次达到10万。| 2 |false| 2024-07-10 | 助餐服务 10.2 万人次                | ∅     | ON_TRACK | -       | 实际 10.2万人次，已达到节点 10万
            助餐配送餐服务人次达到10万。| 2 |false| 2024-07-10 | 助餐服务 98000 人次                 | ∅     | LAGGING  | -       | 实际 98000人次，未达到节点 10万
            实施进度 70%                | 2 |false| 2024-07-10 | ∅                                   | 70    | ON_TRACK | -       | 实际 70%，已达到节点 70%
            实施进度 70%                | 2 |false| 2024-07-10 | ∅                                   | 60.5  | LAGGING  | -       | 实际 60.5%，未达到节点 70%
            实施进度 70%                | 2 |false| 2024-05-15 | 项目已完成                          | 100   | DONE     | -       | 完成进度 100%
            实施进度 70%                | 2 |false| 2024-07-10 | 主体完工，实施进度达75%             | ∅     | ON_TRACK | -       | 实际 75%，已达到节点 70%
            完成实施进度 100%           | 2 |false| 2024-05-15 | ∅                                   | 100   | DONE     | -       | 完成进度 100%
            完成率达到60%               | 2 |false| 2024-07-10 | 摸底完成率达到 58%                  | ∅     | LAGGING  | -       | 实际 58%，未达到节点 60%
            <5                          | 4 |true | 2024-07-10 | 城镇调查失业率4.2%                  | ∅     | ON_TRACK | -       | 实际 4.2%，已达到节点 <5
            <5                          | 4 |true | 2025-01-10 | 城镇调查失业率4.2%                  | ∅     | DONE     | -       | 实际 4.2%，已达到全年目标 <5
            <5                          | 4 |true | 2025-01-10 | 城镇调查失业率5.3%                  | ∅     | LAGGING  | -       | 实际 5.3%，未达到节点 <5
            覆盖率不低于35%。           | 2 |true | 2024-07-10 | ∅                                   | 36    | DONE     | -       | 实际 36%，已达到全年目标 ≥35%
            完成编制评审。              | 2 |false| 2024-05-15 | 正在组织评审                        | ∅     | ON_TRACK | -       | 节点到二季度末，已报送进展
            完成编制评审。              | 2 |false| 2024-07-10 | 已组织专家评审并修改                | ∅     | ∅        | -       | 工作时序中没有可对照的数字，需人工判断
            完成编制评审。              | 2 |false| 2024-07-10 | 已完成。                            | ∅     | ON_TRACK | -       | 报送“已完成。”，全年还有后续节点
            完成编制评审。              | 2 |true | 2024-07-10 | 已完成                              | ∅     | DONE     | -       | 报送“已完成”
            完成编制评审。              | 2 |false| 2024-03-01 | 已提前启动                          | ∅     | NOT_DUE  | -       | 本季度尚未开始，已报送进展
            “云店”入驻机构数超22家。   | 2 |false| 2024-07-10 | 入驻机构超22家                      | ∅     | ON_TRACK | -       | 实际 >22家，已达到节点 >22家
            累计帮扶 30 人次            | 2 |false| 2024-07-10 | 累计帮扶超过20人次                  | ∅     | ∅        | -       | 完成情况 >20人次 是一个范围，不能确定是否达到节点 30人次，需人工判断
            <5                          | 4 |true | 2025-01-10 | 失业率低于5%                        | ∅     | DONE     | -       | 实际 <5%，已达到全年目标 <5
            职工82%；城乡居民63%。      | 2 |false| 2024-07-10 | 职工83%；城乡居民64%                | ∅     | ∅        | -       | 工作时序中有多个数字（82%、63%），需人工判断
            """)
    void proposesAStatusOrSaysWhyItCannot(String milestone, int due, boolean last, LocalDate today, String doneText,
                                          BigDecimal percent, Status status, String flags, String reason) {
        Plan plan = milestone == null ? Plan.none() : Plan.of(milestone, due, last);

        Proposal proposal = StatusProposal.propose(plan, Q2, today, Reported.of(doneText, percent));

        assertThat(proposal.status()).isEqualTo(status);
        assertThat(flags(proposal)).isEqualTo(flags);
        assertThat(proposal.reason()).isEqualTo(reason);
    }

    private static String flags(Proposal p) {
        return p.notReported() ? "未报送" : p.atRisk() ? "at risk" : "-";
    }
}
