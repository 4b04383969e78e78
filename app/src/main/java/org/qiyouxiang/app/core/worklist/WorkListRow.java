package org.qiyouxiang.app.core.worklist;

import java.util.List;

/**
 * One row of a work-list table, read from any spreadsheet shape: what the assembler needs to tell a
 * new item from a continuation line. Absent columns read as {@link SourceCell#EMPTY}.
 *
 * @param rowNumber  1-based, as the clerk sees it in Excel
 * @param others     texts in columns the table does not use (备注 …) or outside any column: they make
 *                   a row a section heading ("一、幼有善育") when nothing else is filled
 */
public record WorkListRow(
        int rowNumber,
        SourceCell area,
        SourceCell kind,
        SourceCell number,
        SourceCell name,
        List<MilestoneCell> milestones,
        String units,
        String persons,
        List<String> others) {

    public WorkListRow {
        milestones = List.copyOf(milestones);
        others = List.copyOf(others);
        units = units == null ? "" : units;
        persons = persons == null ? "" : persons;
    }

    /** True when no column of the work list holds anything on this row. */
    public boolean hasNoItemContent() {
        return number.isBlank() && name.isBlank() && units.isBlank() && persons.isBlank()
                && milestones.stream().allMatch(m -> m.text().isBlank());
    }
}
