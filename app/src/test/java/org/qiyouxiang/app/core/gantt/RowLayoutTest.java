package org.qiyouxiang.app.core.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qiyouxiang.app.core.gantt.Items.gantt;
import static org.qiyouxiang.app.core.gantt.Items.item;
import static org.qiyouxiang.app.core.gantt.Items.line;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.db.model.ItemKind;

class RowLayoutTest {

    private final GanttItem tuo = gantt(item("幼有善育", ItemKind.KEY_INDICATOR, "1", "托位数",
            line("县卫健局", "1-4 年度指标2.6")));
    private final GanttItem aed = gantt(item("幼有善育", ItemKind.LIVELIHOOD, "1", "新增除颤仪",
            line("县卫健局", "1 完成安装", "2-4 /"), line("县红十字会", "1 培训")));
    private final GanttItem school = gantt(item("学有优教", ItemKind.KEY_TASK, "1", "学前教育",
            line("县教育局", "1 启动", "2 推进", "3 评估", "4 总结")));

    /** area 30, kind 20, line 40 */
    private RowLayout layout(Set<GroupKey> collapsed) {
        return RowLayout.of(GanttRows.group(List.of(tuo, aed, school)), collapsed,
                row -> row instanceof GanttRow.Group g ? (g.key().isArea() ? 30 : 20) : 40);
    }

    @Test
    void rowsStackGroupsItemsAndContinuationLines() {
        RowLayout layout = layout(Set.of());

        assertThat(layout.rows()).extracting(RowLayoutTest::describe).containsExactly(
                "幼有善育 2", "重点指标 1", "托位数/0", "民生实事 1", "新增除颤仪/0", "新增除颤仪/1",
                "学有优教 1", "重点任务 1", "学前教育/0");
        assertThat(layout.top(0)).isZero();
        assertThat(layout.top(2)).isEqualTo(50.0);
        assertThat(layout.top(5)).isEqualTo(50 + 40 + 20 + 40.0);
        assertThat(layout.totalHeight()).isEqualTo(2 * 30 + 3 * 20 + 4 * 40.0);
    }

    @Test
    void aCollapsedKindKeepsItsHeadingAndHidesItsItems() {
        RowLayout layout = layout(Set.of(new GroupKey("幼有善育", ItemKind.LIVELIHOOD)));

        assertThat(layout.rows()).extracting(RowLayoutTest::describe).containsExactly(
                "幼有善育 2", "重点指标 1", "托位数/0", "民生实事 1", "学有优教 1", "重点任务 1", "学前教育/0");
    }

    @Test
    void aCollapsedAreaHidesItsKindsToo() {
        RowLayout layout = layout(Set.of(GroupKey.area("幼有善育")));

        assertThat(layout.rows()).extracting(RowLayoutTest::describe).containsExactly(
                "幼有善育 2", "学有优教 1", "重点任务 1", "学前教育/0");
        assertThat(layout.top(1)).isEqualTo(30.0);
    }

    @Test
    void theRowAtAYIsFoundAtItsEdges() {
        RowLayout layout = layout(Set.of());

        assertThat(layout.indexAt(0)).isZero();
        assertThat(layout.indexAt(29.9)).isZero();
        assertThat(layout.indexAt(30)).isEqualTo(1);
        assertThat(layout.indexAt(50)).isEqualTo(2);
        assertThat(layout.indexAt(layout.totalHeight() - 0.1)).isEqualTo(8);
        assertThat(layout.indexAt(layout.totalHeight())).isEqualTo(-1);
        assertThat(layout.indexAt(-1)).isEqualTo(-1);
    }

    @Test
    void anItemIsFoundByItsFirstLine() {
        RowLayout layout = layout(Set.of());

        assertThat(layout.indexOf(aed.item())).isEqualTo(4);
        assertThat(layout(Set.of(GroupKey.area("幼有善育"))).indexOf(aed.item())).isEqualTo(-1);
    }

    @Test
    void heightsListEveryRow() {
        assertThat(layout(Set.of(GroupKey.area("学有优教"))).heights())
                .containsExactly(30, 20, 40, 20, 40, 40, 30);
    }

    @Test
    void itemsAlternateWithinTheirGroupAndContinuationLinesFollowTheirItem() {
        GanttItem second = gantt(item("幼有善育", ItemKind.LIVELIHOOD, "2", "第二项", line("县卫健局", "1 启动")));
        RowLayout layout = RowLayout.of(GanttRows.group(List.of(tuo, aed, second)), Set.of(), r -> 10);

        assertThat(layout.rows()).extracting(RowLayoutTest::describe).containsExactly(
                "幼有善育 3", "重点指标 1", "托位数/0", "民生实事 2", "新增除颤仪/0", "新增除颤仪/1", "第二项/0");
        assertThat(new boolean[] {layout.odd(2), layout.odd(4), layout.odd(5), layout.odd(6)})
                .containsExactly(false, false, false, true);
        assertThat(layout.endsItem(4)).isFalse();
        assertThat(layout.endsItem(5)).isTrue();
        assertThat(layout.endsItem(6)).isTrue();
    }

    @Test
    void noRowsHaveNoHeight() {
        assertThat(RowLayout.of(List.of(), Set.of(), r -> 10).totalHeight()).isZero();
        assertThat(RowLayout.EMPTY.indexAt(0)).isEqualTo(-1);
    }

    static String describe(GanttRow row) {
        if (row instanceof GanttRow.Group group) {
            return group.label() + " " + group.count();
        }
        GanttRow.Line line = (GanttRow.Line) row;
        return line.item().item().name() + "/" + line.lineIndex();
    }
}
