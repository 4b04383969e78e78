package org.qiyouxiang.app.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qiyouxiang.db.ProgressRepository;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/**
 * Keeps the progress entered for a year when its list is imported again (a corrected milestone, a new
 * item): progress moves to the new item with the same area and name. Items whose area and name are not
 * unique on both sides keep nothing; what is not carried over is still in the import's undo snapshot.
 */
final class ProgressCarryOver {

    /** The old list's progress, taken before the old list is deleted. */
    record Kept(WorkList old, List<QuarterProgress> progress) {
    }

    private ProgressCarryOver() {
    }

    /** @return how many items' progress was carried over */
    static int carry(Kept kept, WorkList fresh, ProgressRepository progress) {
        Map<String, Long> newIds = uniqueIds(fresh.items());
        Map<Long, Long> moved = new HashMap<>();
        uniqueIds(kept.old().items()).forEach((key, oldId) -> {
            Long newId = newIds.get(key);
            if (newId != null) {
                moved.put(oldId, newId);
            }
        });
        List<QuarterProgress> carried = new ArrayList<>();
        for (QuarterProgress p : kept.progress()) {
            Long newId = moved.get(p.workItemId());
            if (newId != null) {
                carried.add(new QuarterProgress(newId, p.quarter(), p.doneText(), p.status(), p.percent(), p.problems(),
                        p.nextSteps(), p.updatedAt()));
            }
        }
        progress.insertAll(carried);
        return (int) carried.stream().map(QuarterProgress::workItemId).distinct().count();
    }

    private static Map<String, Long> uniqueIds(List<WorkItem> items) {
        Map<String, List<Long>> byKey = items.stream().collect(Collectors.groupingBy(ProgressCarryOver::key,
                Collectors.mapping(WorkItem::id, Collectors.toList())));
        Map<String, Long> unique = new HashMap<>();
        byKey.forEach((key, ids) -> {
            if (ids.size() == 1) {
                unique.put(key, ids.get(0));
            }
        });
        return unique;
    }

    private static String key(WorkItem item) {
        return item.area() + "\u0000" + item.name().replaceAll("\\s+", "");
    }
}
