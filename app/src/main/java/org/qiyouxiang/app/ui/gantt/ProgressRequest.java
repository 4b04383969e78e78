package org.qiyouxiang.app.ui.gantt;

import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.WorkItem;

/** The clerk double-clicked a quarter of an item: open that quarter's progress for editing. */
public record ProgressRequest(WorkItem item, Quarter quarter) {
}
