package org.qiyouxiang.app.ui.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.IndicatorRow;

/**
 * One line of the indicator table: an area, heading its indicators as the source document's merged area
 * cell does, or an indicator.
 *
 * @param area  the area's name as shown (never null)
 * @param count how many indicators the area has; 0 for an indicator line
 * @param row   the indicator, or null for an area line
 */
public record TableLine(String area, int count, IndicatorRow row) {

    public static TableLine of(IndicatorRow row) {
        return new TableLine(areaOf(row), 0, row);
    }

    public boolean isArea() {
        return row == null;
    }

    /** The area's heading: 幼有善育（4）. */
    public String areaLabel() {
        return Messages.get("indicatorTable.areaCount", area, count);
    }

    /**
     * The rows grouped by area, areas in the order they first appear and rows in their own order within
     * each: the five-year table's areas first, an indicator only the key table names joins its area.
     */
    public static Map<TableLine, List<TableLine>> byArea(List<IndicatorRow> rows) {
        Map<String, List<TableLine>> groups = new LinkedHashMap<>();
        for (IndicatorRow row : rows) {
            groups.computeIfAbsent(areaOf(row), a -> new ArrayList<>()).add(of(row));
        }
        Map<TableLine, List<TableLine>> lines = new LinkedHashMap<>();
        groups.forEach((area, members) -> lines.put(new TableLine(area, members.size(), null), members));
        return lines;
    }

    private static String areaOf(IndicatorRow row) {
        return row.area() == null || row.area().isBlank() ? Messages.get("indicatorTable.noArea") : row.area();
    }
}
