package org.qiyouxiang.app.core.gantt;

import java.util.ArrayList;
import java.util.List;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.WorkItem;

/** Small work items for specifications: {@code line("县卫健局", "1-4 年度指标2.6")}. */
final class Items {

    private static long nextId = 1;

    private Items() {
    }

    static WorkItem item(String area, ItemKind kind, String number, String name, ItemLine... lines) {
        return new WorkItem(nextId++, area, kind, kind.name(), number, name, List.of(lines));
    }

    static WorkItem unsaved(String name, ItemLine... lines) {
        return new WorkItem(null, "幼有善育", ItemKind.KEY_TASK, "重点任务", "1", name, List.of(lines));
    }

    /** Milestones written "from-to text" or "q text". */
    static ItemLine line(String unit, String... milestones) {
        return ownLine(null, unit, milestones);
    }

    static ItemLine ownLine(String ownName, String unit, String... milestones) {
        List<Milestone> list = new ArrayList<>();
        for (String m : milestones) {
            String[] parts = m.split(" ", 2);
            String[] span = parts[0].split("-");
            int from = Integer.parseInt(span[0]);
            int to = Integer.parseInt(span[span.length - 1]);
            list.add(new Milestone(from, to, parts[1]));
        }
        return new ItemLine(ownName, unit, List.of(unit), "", List.of(), list);
    }

    static GanttItem gantt(WorkItem item) {
        return GanttItems.of(item, 2024, QuarterFactsSource.NONE);
    }
}
