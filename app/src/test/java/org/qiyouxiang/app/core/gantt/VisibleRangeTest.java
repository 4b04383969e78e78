package org.qiyouxiang.app.core.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.db.model.ItemKind;

class VisibleRangeTest {

    /** One area heading and 9,999 lines, every row 20 px: 10,000 rows, 200,000 px. */
    private static final RowLayout TEN_THOUSAND = tenThousandRows();

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,       100, 0,    4
            10,      100, 0,    5
            20,      100, 1,    5
            199900,  100, 9995, 9999
            199990,  100, 9999, 9999
            -50,     100, 0,    4
            0,    500000, 0,    9999
            """)
    void theViewportShowsTheRowsItTouches(double scrollY, double height, int first, int last) {
        assertThat(VisibleRange.of(TEN_THOUSAND, scrollY, height)).isEqualTo(new VisibleRange(first, last));
    }

    @Test
    void nothingIsVisibleWithoutRowsOrRoom() {
        assertThat(VisibleRange.of(TEN_THOUSAND, 250_000, 100)).isEqualTo(VisibleRange.EMPTY);
        assertThat(VisibleRange.of(RowLayout.EMPTY, 0, 500).isEmpty()).isTrue();
        assertThat(VisibleRange.of(TEN_THOUSAND, 0, 0)).isEqualTo(VisibleRange.EMPTY);
        assertThat(VisibleRange.EMPTY.size()).isZero();
    }

    private static RowLayout tenThousandRows() {
        List<GanttItem> items = new ArrayList<>();
        for (int i = 1; i < 10_000; i++) {
            items.add(Items.gantt(Items.item("幼有善育", ItemKind.KEY_TASK, "" + i, "事项" + i,
                    Items.line("县卫健局", "1 启动"))));
        }
        List<GanttRow> rows = new ArrayList<>(GanttRows.group(items));
        rows.remove(1); // the kind heading: one heading in all
        return RowLayout.of(rows, Set.of(), r -> 20);
    }
}
