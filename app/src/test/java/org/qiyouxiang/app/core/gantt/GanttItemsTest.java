package org.qiyouxiang.app.core.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qiyouxiang.app.core.gantt.Items.item;
import static org.qiyouxiang.app.core.gantt.Items.line;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.WorkItem;

class GanttItemsTest {

    private final WorkItem training = item("学有优教", ItemKind.KEY_INDICATOR, "1", "开展职业教育培训90人次",
            line("县教育局", "1 制定年度职业教育培训方案", "2 累计开展职业教育培训 50 人次",
                    "3 累计开展职业教育培训 90 人次", "4 /"));

    @Test
    void withoutProgressPlannedQuartersAreNotDueAndSlashQuartersHaveNoPlan() {
        GanttItem gantt = GanttItems.of(training, 2024, QuarterFactsSource.NONE);

        assertThat(gantt.statuses()).containsExactly(Status.NOT_DUE, Status.NOT_DUE, Status.NOT_DUE, Status.NO_PLAN);
        assertThat(gantt.line(0).bars()).extracting(b -> b.from().quarter()).containsExactly(1, 2, 3);
        assertThat(gantt.line(0).barAt(new Quarter(2024, 4))).isEmpty();
    }

    @Test
    void aMilestoneMergedOverTheYearIsOneBarOverFourQuarters() {
        WorkItem yearly = item("幼有善育", ItemKind.KEY_INDICATOR, "1", "每千人口拥有3岁以下婴幼儿托位数",
                line("县卫健局", "1-4 年度指标2.6"));

        GanttBar bar = GanttItems.of(yearly, 2024, QuarterFactsSource.NONE).line(0).bars().get(0);

        assertThat(bar.from()).isEqualTo(new Quarter(2024, 1));
        assertThat(bar.to()).isEqualTo(new Quarter(2024, 4));
        assertThat(bar.quarters()).hasSize(4);
    }

    @Test
    void eachQuarterOfABarTakesTheItemsStatusAndTexts() {
        QuarterFactsSource facts = (id, q) -> switch (q) {
            case 1 -> new QuarterFacts(Status.DONE, "已制定方案", null);
            case 2 -> new QuarterFacts(Status.LAGGING, "累计培训 32 人次", "报名人数不足");
            default -> QuarterFacts.NONE;
        };

        GanttItem gantt = GanttItems.of(training, 2024, facts);

        assertThat(gantt.statuses()).containsExactly(Status.DONE, Status.LAGGING, Status.NOT_DUE, Status.NO_PLAN);
        assertThat(gantt.lagging()).isTrue();
        GanttBar second = gantt.line(0).bars().get(1);
        assertThat(second.facts(new Quarter(2024, 2)))
                .isEqualTo(new QuarterFacts(Status.LAGGING, "累计培训 32 人次", "报名人数不足"));
        assertThat(second.lagging()).isTrue();
        assertThat(gantt.line(0).bars().get(0).lagging()).isFalse();
    }

    @Test
    void anItemNotYetStoredIsNotLookedUp() {
        List<String> asked = new ArrayList<>();
        WorkItem preview = Items.unsaved("托育", line("县卫健局", "1 启动"));

        GanttItem gantt = GanttItems.of(preview, 2024, (id, q) -> {
            asked.add(id + "/" + q);
            return QuarterFacts.of(Status.DONE);
        });

        assertThat(asked).isEmpty();
        assertThat(gantt.statuses()).containsExactly(Status.NOT_DUE, Status.NO_PLAN, Status.NO_PLAN, Status.NO_PLAN);
    }

    @Test
    void aQuarterIsPlannedIfAnyLinePlansIt() {
        WorkItem aed = item("病有良医", ItemKind.LIVELIHOOD, "3", "在公共场所新增配置自动体外除颤仪20台",
                line("县卫健局", "1 完成新增计划数量的 100%按照要求安装。", "2 /", "3 /", "4 /"),
                line("县红十字会", "1 完成培训", "2 开展复训", "3 /", "4 /"));

        GanttItem gantt = GanttItems.of(aed, 2024, (id, q) -> null);

        assertThat(gantt.statuses()).containsExactly(Status.NOT_DUE, Status.NOT_DUE, Status.NO_PLAN, Status.NO_PLAN);
        assertThat(gantt.lines()).extracting(l -> l.bars().size()).containsExactly(1, 2);
        assertThat(gantt.line(1).isContinuation()).isTrue();
    }
}
