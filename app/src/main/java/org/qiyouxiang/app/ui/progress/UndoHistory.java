package org.qiyouxiang.app.ui.progress;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.progress.ChangeSet;
import org.qiyouxiang.app.service.ListReplacement;

/**
 * The session's undo history: cell edits, pastes and work-list imports, newest on top. A step leaves the
 * stack when its undo starts and goes onto the redo stack once the undo is stored; a new step clears the
 * redo stack. Kept for the session only (the change log keeps everything for good).
 */
public final class UndoHistory {

    /** One thing the clerk did, with the words that name it (修改“…”一季度完成情况). */
    public sealed interface Step permits Edit, Import {
        String label();
    }

    public record Edit(ChangeSet changes, String label) implements Step {
    }

    public record Import(ListReplacement replacement) implements Step {
        @Override
        public String label() {
            return Messages.get("progress.step.import", replacement.year());
        }
    }

    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");

    /** A new step: what was undone can no longer be redone. */
    void record(Step step) {
        done.push(step);
        undone.clear();
        update();
    }

    /** Nothing to undo or redo: the data was replaced (a restore), and the steps were of data no longer there. */
    void clear() {
        done.clear();
        undone.clear();
        update();
    }

    /** The step to undo, taken off the stack; null when there is none. */
    Step takeUndo() {
        Step step = done.poll();
        update();
        return step;
    }

    Step takeRedo() {
        Step step = undone.poll();
        update();
        return step;
    }

    void undoneStored(Step step) {
        undone.push(step);
        update();
    }

    void redoneStored(Step step) {
        done.push(step);
        update();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoText.set(done.isEmpty() ? "" : Messages.get("progress.undo.what", done.peek().label()));
        redoText.set(undone.isEmpty() ? "" : Messages.get("progress.redo.what", undone.peek().label()));
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** 撤销：修改“…”一季度完成情况 — for the button's tooltip. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
