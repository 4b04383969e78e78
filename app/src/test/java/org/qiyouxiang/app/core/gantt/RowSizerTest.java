package org.qiyouxiang.app.core.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qiyouxiang.app.core.gantt.Items.item;
import static org.qiyouxiang.app.core.gantt.Items.line;
import static org.qiyouxiang.app.core.gantt.Items.ownLine;

import org.junit.jupiter.api.Test;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.Status;

/** Ideographs 10 px, lines 16 px high: a row of n lines is 16 n + 16, a row without bar text 26. */
class RowSizerTest {

    private static final GlyphWidths GLYPHS = GlyphWidths.fixed(10);
    private static final LeftColumns COLUMNS = new LeftColumns(40, 116, 96);
    private static final String THIRTY = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十";

    private final QuarterScale wide = new QuarterScale(YearRange.PROGRAMME, 200);
    private final QuarterScale narrow = new QuarterScale(YearRange.PROGRAMME, 40);

    private GanttRow.Line row(String milestone) {
        return new GanttRow.Line(Items.gantt(item("幼有善育", ItemKind.KEY_TASK, "1", "托育",
                line("县卫健局", milestone))), 0);
    }

    @Test
    void narrowQuartersMakeEveryLineRowOneLineHigh() {
        RowSizer sizer = new RowSizer(GLYPHS, 16, COLUMNS, narrow);

        assertThat(sizer.height(row("1 " + THIRTY))).isEqualTo(26.0);
    }

    @Test
    void wideQuartersWrapTheMilestoneInsideItsBar() {
        RowSizer sizer = new RowSizer(GLYPHS, 16, COLUMNS, wide);

        // One quarter: bar 194 px, text 182 px, 18 ideographs a line: 30 take 2 lines.
        assertThat(sizer.height(row("1 " + THIRTY))).isEqualTo(2 * 16 + 16.0);
        // Four quarters: bar 794 px, one line.
        assertThat(sizer.height(row("1-4 " + THIRTY))).isEqualTo(16 + 16.0);
    }

    @Test
    void aLaggingBarGivesRoomToItsMarker() {
        RowSizer sizer = new RowSizer(GLYPHS, 16, COLUMNS, wide);
        String seventeen = THIRTY.substring(0, 17) + "。";
        GanttItem lagging = GanttItems.of(item("幼有善育", ItemKind.KEY_TASK, "1", "托育",
                line("县卫健局", "1 " + seventeen)), 2024, (id, q) -> QuarterFacts.of(Status.LAGGING));

        assertThat(sizer.height(row("1 " + seventeen))).isEqualTo(32.0);
        assertThat(sizer.height(new GanttRow.Line(lagging, 0))).isEqualTo(48.0);
    }

    @Test
    void longNamesAndUnitsWrapUpToThreeLines() {
        RowSizer sizer = new RowSizer(GLYPHS, 16, COLUMNS, wide);
        GanttItem longName = Items.gantt(item("幼有善育", ItemKind.KEY_TASK, "1", THIRTY + THIRTY,
                line("县卫健局", "1 启动")));

        assertThat(sizer.height(new GanttRow.Line(longName, 0))).isEqualTo(3 * 16 + 16.0);
    }

    @Test
    void aContinuationLineShowsItsOwnNameOrNone() {
        GanttItem aed = Items.gantt(item("病有良医", ItemKind.LIVELIHOOD, "3", "新增除颤仪",
                line("县卫健局", "1 安装"), ownLine("培训急救救护人员100人以上", "县红十字会", "1 培训"),
                line("县卫健局", "2 验收")));

        assertThat(RowSizer.cellName(new GanttRow.Line(aed, 0))).isEqualTo("新增除颤仪");
        assertThat(RowSizer.cellName(new GanttRow.Line(aed, 1))).isEqualTo("培训急救救护人员100人以上");
        assertThat(RowSizer.cellName(new GanttRow.Line(aed, 2))).isEmpty();
    }

    @Test
    void areaHeadingsAreTallerThanKindHeadings() {
        RowSizer sizer = new RowSizer(GLYPHS, 16, COLUMNS, wide);

        assertThat(sizer.groupHeight(GroupKey.area("幼有善育"))).isEqualTo(30.0);
        assertThat(sizer.groupHeight(new GroupKey("幼有善育", ItemKind.KEY_TASK))).isEqualTo(24.0);
    }
}
