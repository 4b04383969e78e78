package org.qiyouxiang.app.ui.gantt;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.excel.WorkListReader;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/** The office's 2024 work list, its items numbered 1 … 91 as if stored, so that progress can be looked up. */
final class GanttSamples {

    private GanttSamples() {
    }

    static WorkList workList2024() {
        try {
            WorkList read = new WorkListReader().read(Samples.workList(), OptionalInt.empty()).workList();
            List<WorkItem> items = new ArrayList<>();
            long id = 1;
            for (WorkItem item : read.items()) {
                items.add(new WorkItem(id++, item.area(), item.kind(), item.kindText(), item.number(), item.name(),
                        item.lines()));
            }
            return new WorkList(1L, read.year(), read.title(), read.sourceFile(), items);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the sample work list", e);
        }
    }
}
