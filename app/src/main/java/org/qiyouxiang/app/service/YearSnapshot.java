package org.qiyouxiang.app.service;

import java.util.List;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.WorkList;

/** A year's list as stored, item ids included, with all its progress: what undoing an import puts back. */
public record YearSnapshot(WorkList list, List<QuarterProgress> progress) {

    public YearSnapshot {
        progress = List.copyOf(progress);
    }
}
