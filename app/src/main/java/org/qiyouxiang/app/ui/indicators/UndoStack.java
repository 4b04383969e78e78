package org.qiyouxiang.app.ui.indicators;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.qiyouxiang.app.service.EditRejectedException;
import org.qiyouxiang.app.service.IndicatorService;

/**
 * The edits the clerk made in this session, newest on top, each with the change that writes the old
 * value back through the service. Not kept across sessions: the change log keeps the history.
 */
final class UndoStack {

    /** A change to the stored indicators, made in the background. */
    @FunctionalInterface
    interface Change {
        void apply(IndicatorService indicators) throws EditRejectedException;
    }

    /** An edit that was saved: what it did, in the clerk's words, and how to take it back. */
    record Edit(long indicatorId, String description, Change revert) {
    }

    /** More would not help a clerk and would keep stale values alive for hours. */
    static final int LIMIT = 100;

    private final Deque<Edit> edits = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");

    void push(Edit edit) {
        edits.push(edit);
        if (edits.size() > LIMIT) {
            edits.removeLast();
        }
        changed();
    }

    Optional<Edit> pop() {
        Optional<Edit> edit = Optional.ofNullable(edits.poll());
        changed();
        return edit;
    }

    /** Forgets every edit: after an import the old values may no longer be the ones to go back to. */
    void clear() {
        edits.clear();
        changed();
    }

    int size() {
        return edits.size();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** What an undo would take back, "" when nothing. */
    ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    private void changed() {
        canUndo.set(!edits.isEmpty());
        next.set(edits.isEmpty() ? "" : edits.peek().description());
    }
}
