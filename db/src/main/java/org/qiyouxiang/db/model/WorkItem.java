package org.qiyouxiang.db.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A key indicator, key task or livelihood project of a year's work list.
 * {@code id} is null for an item not yet stored (an import preview).
 */
public record WorkItem(
        Long id,
        String area,
        ItemKind kind,
        String kindText,
        String number,
        String name,
        List<ItemLine> lines) {

    public WorkItem {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a work item has at least one line");
        }
    }

    /** Lead units of all lines, in order, each once. */
    public List<String> units() {
        Set<String> all = new LinkedHashSet<>();
        lines.forEach(l -> all.addAll(l.units()));
        return List.copyOf(all);
    }

    /** Responsible persons of all lines, in order, each once. */
    public List<String> persons() {
        Set<String> all = new LinkedHashSet<>();
        lines.forEach(l -> all.addAll(l.persons()));
        return List.copyOf(all);
    }

    public int milestoneCount() {
        return lines.stream().mapToInt(l -> l.milestones().size()).sum();
    }
}
