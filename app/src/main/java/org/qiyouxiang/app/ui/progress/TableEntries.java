package org.qiyouxiang.app.ui.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qiyouxiang.app.core.progress.QuarterRow;

/**
 * The table's rows for the rows a filter let through: a heading before each area's first item (areas
 * as the work list orders them), then its items. Plain data, built in one pass.
 */
final class TableEntries {

    private TableEntries() {
    }

    /**
     * @param shown  the rows to show, in the list's order
     * @param totals how many items each area has in all, for the heading (幼有善育 3 / 10)
     */
    static List<TableEntry> of(List<QuarterRow> shown, Map<String, Integer> totals) {
        Map<String, Integer> shownPerArea = new HashMap<>();
        for (QuarterRow row : shown) {
            shownPerArea.merge(area(row), 1, Integer::sum);
        }
        List<TableEntry> entries = new ArrayList<>(shown.size() + totals.size());
        String area = null;
        for (int i = 0; i < shown.size(); i++) {
            QuarterRow row = shown.get(i);
            if (i == 0 || !Objects.equals(area, area(row))) {
                area = area(row);
                entries.add(new TableEntry.AreaGroup(area, shownPerArea.get(area), totals.getOrDefault(area, 0)));
            }
            entries.add(new ProgressLine(row, i));
        }
        return entries;
    }

    /** Items per area, for the headings. */
    static Map<String, Integer> totals(List<QuarterRow> all) {
        Map<String, Integer> totals = new HashMap<>();
        all.forEach(row -> totals.merge(area(row), 1, Integer::sum));
        return totals;
    }

    private static String area(QuarterRow row) {
        return row.item().area() == null ? "" : row.item().area();
    }
}
