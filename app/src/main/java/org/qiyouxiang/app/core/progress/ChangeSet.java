package org.qiyouxiang.app.core.progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Changes saved together, as one step of the clerk's undo history: one cell edit, or a pasted block.
 * The service writes a set in one transaction; its {@link #inverse()} undoes it, and the inverse's
 * inverse redoes it.
 */
public record ChangeSet(Action action, List<Change> changes) {

    /** What the clerk did; the change log records it. */
    public enum Action {
        EDIT, PASTE, UNDO, REDO,
        /** Returned fill-in forms (填报表) imported as one batch. */
        FORM;

        /** As the change log stores it: {@code edit}, {@code paste}, … */
        public String logName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ChangeSet {
        changes = List.copyOf(changes);
    }

    public static ChangeSet edit(Change change) {
        return new ChangeSet(Action.EDIT, List.of(change));
    }

    public static ChangeSet paste(List<Change> changes) {
        return new ChangeSet(Action.PASTE, changes);
    }

    public static ChangeSet forms(List<Change> changes) {
        return new ChangeSet(Action.FORM, changes);
    }

    /** The changes reversed, last first, each from its new value back to its old one. */
    public ChangeSet inverse() {
        List<Change> reversed = new ArrayList<>(changes.size());
        changes.forEach(c -> reversed.add(c.inverse()));
        Collections.reverse(reversed);
        return new ChangeSet(action == Action.UNDO ? Action.REDO : Action.UNDO, reversed);
    }

    /** Without the changes that change nothing. */
    public ChangeSet withoutNoOps() {
        return new ChangeSet(action, changes.stream().filter(c -> !c.isNoOp()).toList());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
