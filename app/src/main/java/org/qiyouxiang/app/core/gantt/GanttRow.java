package org.qiyouxiang.app.core.gantt;

/** A row of the chart: a group heading (area or kind) or one line of a work item. */
public sealed interface GanttRow permits GanttRow.Group, GanttRow.Line {

    /** An area's or a kind's heading, with the number of items below it. */
    record Group(GroupKey key, String label, int count) implements GanttRow {
    }

    /** One line of an item; line 0 carries the item's number and name. */
    record Line(GanttItem item, int lineIndex) implements GanttRow {

        public GanttLine line() {
            return item.line(lineIndex);
        }

        public boolean isFirst() {
            return lineIndex == 0;
        }
    }
}
