package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/**
 * What an import will bring in, shown to the clerk before anything is written: the list with
 * unit names already matched to known units, warnings, and whether the year is already stored.
 */
public record ImportPreview(Path file, WorkList workList, String county, List<ImportProblem> warnings,
                            boolean yearExists) {

    public ImportPreview {
        warnings = List.copyOf(warnings);
    }

    public int year() {
        return workList.year();
    }

    public int itemCount() {
        return workList.items().size();
    }

    /** Items per area and kind, in the list's order: what the preview table shows. */
    public Map<String, Map<ItemKind, Integer>> countsByArea() {
        Map<String, Map<ItemKind, Integer>> counts = new LinkedHashMap<>();
        for (WorkItem item : workList.items()) {
            counts.computeIfAbsent(item.area(), a -> new EnumMap<>(ItemKind.class))
                    .merge(item.kind(), 1, Integer::sum);
        }
        return counts;
    }

    public Map<ItemKind, Integer> countsByKind() {
        Map<ItemKind, Integer> counts = new EnumMap<>(ItemKind.class);
        workList.items().forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
        return counts;
    }
}
