package org.qiyouxiang.db.model;

import java.util.List;
import java.util.Optional;

/**
 * One row of a work item: line 0 is the item's own row, the others its continuation rows.
 * A continuation line may carry its own name; units and persons keep the text as written
 * beside the names they were split into.
 */
public record ItemLine(
        String ownName,
        String unitsText,
        List<String> units,
        String personsText,
        List<String> persons,
        List<Milestone> milestones) {

    public ItemLine {
        units = List.copyOf(units);
        persons = List.copyOf(persons);
        milestones = List.copyOf(milestones);
    }

    /** The milestone that covers a quarter, if any. */
    public Optional<Milestone> milestoneFor(int quarter) {
        return milestones.stream().filter(m -> m.covers(quarter)).findFirst();
    }
}
