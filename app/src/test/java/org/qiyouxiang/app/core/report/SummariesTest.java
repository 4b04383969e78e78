package org.qiyouxiang.app.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.core.progress.StatusPalette.Tone;
import org.qiyouxiang.db.model.Status;

/** Units are ranked by completion rate, then fewer lagging, then fewer not reported; equals share a rank. */
class SummariesTest {

    @Test
    void ranksUnitsAndTiesShareARank() {
        List<ReportItem> items = List.of(item("幼有善育", "县卫健局", Status.DONE), item("幼有善育", "县卫健局", Status.LAGGING),
                item("学有优教", "县教育局", Status.DONE), item("学有优教", "县教育局", Status.ON_TRACK),
                item("学有优教", "县民政局", Status.ON_TRACK), item("学有优教", "县残联", Status.ON_TRACK));

        Summary summary = Summaries.of(items, null);

        assertThat(summary.units()).extracting(Summary.UnitRank::unit, Summary.UnitRank::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("县教育局", 1),
                        org.assertj.core.groups.Tuple.tuple("县卫健局", 2),
                        org.assertj.core.groups.Tuple.tuple("县民政局", 3),
                        org.assertj.core.groups.Tuple.tuple("县残联", 3));
        assertThat(summary.areas()).extracting(a -> a.counts().items()).containsExactly(2, 4);
        assertThat(summary.total()).isEqualTo(new StatusCounts(6, 2, 3, 1, 0, 0));
        assertThat(summary.previousAvailable()).isFalse();
    }

    @Test
    void givesEachUnitItsMoveSinceLastQuarter() {
        List<ReportItem> before = List.of(item("a", "县卫健局", Status.LAGGING), item("a", "县教育局", Status.DONE));
        List<ReportItem> now = List.of(item("a", "县卫健局", Status.DONE), item("a", "县教育局", Status.LAGGING));

        Summary summary = Summaries.of(now, before);

        assertThat(summary.units()).extracting(Summary.UnitRank::unit, Summary.UnitRank::rankChange)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("县卫健局", 1),
                        org.assertj.core.groups.Tuple.tuple("县教育局", -1));
        assertThat(ReportLayouts.rankChange(1)).isEqualTo("上升1位");
        assertThat(ReportLayouts.rankChange(-1)).isEqualTo("下降1位");
        assertThat(ReportLayouts.rankChange(null)).isEqualTo("—");
    }

    static ReportItem item(String area, String unit, Status status) {
        return new ReportItem(1, area, "重点任务", "1", "事项", List.of(new ReportItem.Line(null, "节点", unit, "张三")), "节点",
                "完成", status, status.name(), Tone.valueOf(status.name()), false, null, null, null, List.of(unit),
                List.of("张三"));
    }
}
