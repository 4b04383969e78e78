package org.qiyouxiang.app.core.gantt;

import java.util.List;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.WorkItem;

/**
 * A work item as the chart shows it: its lines with their bars, and its status in each quarter of its
 * year ({@code statuses.get(0)} is 一季度), which the filters ask about.
 */
public record GanttItem(WorkItem item, int year, List<GanttLine> lines, List<Status> statuses) {

    public GanttItem {
        lines = List.copyOf(lines);
        statuses = List.copyOf(statuses);
        if (statuses.size() != 4) {
            throw new IllegalArgumentException("one status per quarter");
        }
    }

    public Status status(int quarter) {
        return statuses.get(quarter - 1);
    }

    public boolean has(Status status) {
        return statuses.contains(status);
    }

    public boolean lagging() {
        return has(Status.LAGGING);
    }

    public GanttLine line(int index) {
        return lines.get(index);
    }
}
