package org.qiyouxiang.app.core.gantt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.app.core.ItemKinds;
import org.qiyouxiang.db.model.ItemKind;

/**
 * Lays items out as the chart's rows: by area, then by kind, in the order they first appear in the
 * work list, each item followed by its continuation lines. Groups count the items given, so a
 * filtered list says how many of its items matched.
 */
public final class GanttRows {

    private GanttRows() {
    }

    public static List<GanttRow> group(List<GanttItem> items) {
        Map<String, Map<ItemKind, List<GanttItem>>> byArea = new LinkedHashMap<>();
        for (GanttItem item : items) {
            byArea.computeIfAbsent(item.item().area(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(item.item().kind(), k -> new ArrayList<>())
                    .add(item);
        }
        List<GanttRow> rows = new ArrayList<>(items.size() + items.size() / 4 + byArea.size() * 4);
        byArea.forEach((area, byKind) -> {
            int count = byKind.values().stream().mapToInt(List::size).sum();
            rows.add(new GanttRow.Group(GroupKey.area(area), area, count));
            byKind.forEach((kind, kindItems) -> {
                rows.add(new GanttRow.Group(new GroupKey(area, kind), ItemKinds.label(kind), kindItems.size()));
                for (GanttItem item : kindItems) {
                    for (int line = 0; line < item.lines().size(); line++) {
                        rows.add(new GanttRow.Line(item, line));
                    }
                }
            });
        });
        return rows;
    }
}
