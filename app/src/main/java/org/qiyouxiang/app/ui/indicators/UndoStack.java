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

    /** An edit that was saved: what it did, in the clerk's words, how to take it back and to make it again. */
    record Edit(long indicatorId, String description, Change revert, Change redo) {
    }

    /** More would not help a clerk and would keep stale values alive for hours. */
    static final int LIMIT = 100;

    private final Deque<Edit> edits = new ArrayDeque<>();
    /** Edits taken back, newest on top: 重做 makes them again until a new edit is made. */
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextRedo = new ReadOnlyStringWrapper("");

    /** A new edit: what was taken back can no longer be made again. */
    void push(Edit edit) {
        undone.clear();
        done(edit);
    }

    Optional<Edit> pop() {
        Optional<Edit> edit = Optional.ofNullable(edits.poll());
        changed();
        return edit;
    }

    /** An edit that was taken back (or whose 重做 was refused): 重做 offers it. */
    void undone(Edit edit) {
        undone.push(edit);
        changed();
    }

    Optional<Edit> popRedo() {
        Optional<Edit> edit = Optional.ofNullable(undone.poll());
        changed();
        return edit;
    }

    /** An edit made again (or whose undo was refused): 撤销 offers it, and what else was taken back stays. */
    void done(Edit edit) {
        edits.push(edit);
        if (edits.size() > LIMIT) {
            edits.removeLast();
        }
        changed();
    }

    /** Forgets every edit: after an import the old values may no longer be the ones to go back to. */
    void clear() {
        edits.clear();
        undone.clear();
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

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What a redo would make again, "" when nothing. */
    ReadOnlyStringProperty nextRedoProperty() {
        return nextRedo.getReadOnlyProperty();
    }

    private void changed() {
        canUndo.set(!edits.isEmpty());
        next.set(edits.isEmpty() ? "" : edits.peek().description());
        canRedo.set(!undone.isEmpty());
        nextRedo.set(undone.isEmpty() ? "" : undone.peek().description());
    }
}
