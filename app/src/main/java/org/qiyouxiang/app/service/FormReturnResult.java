package org.qiyouxiang.app.service;

import java.util.List;
import org.qiyouxiang.app.core.progress.ChangeSet;
import org.qiyouxiang.db.model.QuarterProgress;

/**
 * Returned forms stored: the change set written (the window puts it on its undo history; its inverse
 * undoes the import), what is stored now for each quarter touched, and a one-line summary.
 */
public record FormReturnResult(ChangeSet changes, List<QuarterProgress> saved, String summary) {

    public FormReturnResult {
        saved = List.copyOf(saved);
    }
}
