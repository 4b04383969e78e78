package org.qiyouxiang.app.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** A merged region a page break cuts is split there, and its text is on both pages; others stay whole. */
class ReportTableSplitTest {

    @Test
    void aRegionCutByAPageBreakRepeatsItsTextOnTheNextPage() {
        ReportTable table = new ReportTable(Part.PROGRESS, "标题", "单位", "日期", new int[] {2560, 5632}, 1, 8,
                List.of(ReportCell.text(1, 0, "幼有善育", CellKind.CENTRED), ReportCell.text(1, 1, "事项一", CellKind.TEXT),
                        ReportCell.text(6, 0, "学有优教", CellKind.CENTRED)),
                List.of(new Region(1, 5, 0, 0), new Region(6, 7, 0, 0)), new int[] {1, 2, 3, 4, 5, 6, 7});

        ReportTable split = table.splitAt(new int[] {4});

        assertThat(split.regions()).containsExactly(new Region(1, 3, 0, 0), new Region(4, 5, 0, 0),
                new Region(6, 7, 0, 0));
        assertThat(split.cells()).filteredOn(c -> c.column() == 0)
                .extracting(ReportCell::row, ReportCell::text)
                .containsExactlyInAnyOrder(Tuple.tuple(1, "幼有善育"),
                        Tuple.tuple(4, "幼有善育"), Tuple.tuple(6, "学有优教"));
    }
}
