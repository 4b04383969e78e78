package org.qiyouxiang.db.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A year's work list (工作清单): its items in the list's order. */
public record WorkList(Long id, int year, String title, String sourceFile, List<WorkItem> items) {

    public WorkList {
        items = List.copyOf(items);
    }

    /** Area names in the order they first appear. */
    public List<String> areas() {
        return items.stream().map(WorkItem::area).distinct().toList();
    }

    /** Items per area, in order. */
    public Map<String, List<WorkItem>> itemsByArea() {
        Map<String, List<WorkItem>> byArea = new LinkedHashMap<>();
        for (WorkItem item : items) {
            byArea.computeIfAbsent(item.area(), a -> new java.util.ArrayList<>()).add(item);
        }
        return byArea;
    }
}
