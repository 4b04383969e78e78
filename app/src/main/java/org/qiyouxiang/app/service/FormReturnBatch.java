package org.qiyouxiang.app.service;

import java.util.List;
import org.qiyouxiang.app.core.progress.ChangeSet;

/** Returned forms read together, previewed, and stored together in one transaction. */
public record FormReturnBatch(List<FileReturn> files) {

    public FormReturnBatch {
        files = List.copyOf(files);
    }

    /** Every change of the files that are not refused, in file and row order. */
    public List<CellChange> changes() {
        return files.stream().filter(f -> !f.refused()).flatMap(f -> f.changes().stream()).toList();
    }

    /** The changes as one step of the clerk's undo history. */
    public ChangeSet changeSet() {
        return ChangeSet.forms(changes().stream().map(CellChange::change).toList());
    }

    public int problemCount() {
        return files.stream().mapToInt(f -> f.problems().size()).sum();
    }
}
