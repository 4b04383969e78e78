package org.qiyouxiang.app.ui.progress;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.progress.CellValues;
import org.qiyouxiang.app.core.progress.Change;
import org.qiyouxiang.app.core.progress.ChangeSet;
import org.qiyouxiang.app.core.progress.PasteBlock;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.service.SaveRefusedException;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.main.MainViewModel;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.StatusChoice;

/**
 * Every change the clerk makes in the progress table, saved as it is made: a cell, a status (with the
 * reason when it goes against the rules), a pasted block, an undo or redo, a year copied. The table shows
 * a new value at once; the status bar says 已保存 only once the service has written it to disk. A refused
 * save puts the cell back and says why; a failed write (a {@code DatabaseException}, or any failure other than
 * a refusal) stops editing altogether (read-only) and says so.
 */
public final class ProgressEditor {

    private static final int NAME_IN_LABEL = 24;

    private final ProgressViewModel table;
    private final MainViewModel main;
    private final ProgressInteraction interaction;
    private final UndoHistory history;
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);

    ProgressEditor(ProgressViewModel table, MainViewModel main, ProgressInteraction interaction, UndoHistory history) {
        this.table = table;
        this.main = main;
        this.interaction = interaction;
        this.history = history;
    }

    /** A cell typed in: the text is read as the column reads it (70%, 已完成) and saved, or refused with why. */
    public void edit(QuarterRow row, ProgressField field, String text) {
        if (!writable()) {
            return;
        }
        CellValues.Parsed parsed = CellValues.parse(field, text, row.proposal().status());
        if (!parsed.ok()) {
            interaction.showProblems(Messages.get("progress.notSaved"), List.of(parsed.problem()));
            return;
        }
        if (field == ProgressField.STATUS) {
            chooseStatus(row, ((StatusChoice) parsed.value()).status());
            return;
        }
        Change change = Change.of(row.progress(), field, parsed.value());
        if (!change.isNoOp()) {
            save(ChangeSet.edit(change), editLabel(row, field));
        }
    }

    /**
     * A status chosen for a row; null leaves it to the rules again. The rules' own proposal is stored as
     * confirmed; another status needs the clerk's reason, asked for here. A row the rules cannot judge
     * has nothing to override: the clerk's status is stored as their judgement, without a question.
     */
    public void chooseStatus(QuarterRow row, Status status) {
        if (!writable()) {
            return;
        }
        Status proposed = row.proposal().status();
        StatusChoice choice;
        if (status == null) {
            choice = StatusChoice.NONE;
        } else if (status == proposed || proposed == null) {
            choice = StatusChoice.confirmed(status);
        } else if (row.overridden() && status == row.status()) {
            return;
        } else {
            Optional<String> reason = interaction.askOverrideReason(row, status);
            if (reason.isEmpty() || reason.get().isBlank()) {
                main.say(Messages.get("progress.overrideCancelled"));
                return;
            }
            choice = StatusChoice.overridden(status, reason.get());
        }
        Change change = Change.of(row.progress(), ProgressField.STATUS, choice);
        if (!change.isNoOp()) {
            save(ChangeSet.edit(change), editLabel(row, ProgressField.STATUS));
        }
    }

    /**
     * A block from the clipboard (as Excel and WPS copy it) pasted with its top left at a shown line and
     * an editable column: shown old → new before it is applied, as one step.
     */
    public void paste(int firstLine, ProgressColumn firstColumn, String clipboard) {
        if (!writable() || clipboard == null || clipboard.isEmpty() || table.book() == null) {
            return;
        }
        if (!firstColumn.editable()) {
            interaction.showProblems(Messages.get("progress.paste.refused"),
                    List.of(Messages.get("progress.paste.notEditable")));
            return;
        }
        List<List<String>> block = PasteBlock.parseClipboard(clipboard);
        PasteBlock.Result result = PasteBlock.paste(table.shownRows(), firstLine, ProgressColumn.fieldsFrom(firstColumn),
                block);
        if (!result.ok()) {
            interaction.showProblems(Messages.get("progress.paste.refused"), result.problems());
            return;
        }
        ChangeSet changes = judgedByClerk(result.changes());
        if (changes.isEmpty()) {
            main.say(Messages.get("progress.paste.nothing"));
            return;
        }
        PastePreview preview = PastePreview.of(block, changes, table.book());
        if (!interaction.confirmPaste(preview)) {
            main.say(Messages.get("progress.paste.cancelled"));
            return;
        }
        save(changes, Messages.get("progress.step.paste", changes.changes().size()));
    }

    /** A pasted status on a row the rules cannot judge overrides nothing, as when it is chosen in the cell. */
    private ChangeSet judgedByClerk(ChangeSet pasted) {
        List<Change> changes = new ArrayList<>(pasted.changes().size());
        for (Change change : pasted.changes()) {
            if (change.after() instanceof StatusChoice choice && choice.overridden()
                    && table.book().row(change.workItemId(), change.quarter(), table.today()).proposal().status() == null) {
                change = new Change(change.workItemId(), change.quarter(), change.field(), change.before(),
                        StatusChoice.confirmed(choice.status()));
            }
            changes.add(change);
        }
        return new ChangeSet(pasted.action(), changes).withoutNoOps();
    }

    /** Empties cells (Delete), as one step; a status emptied goes back to the rules. */
    public void clear(List<QuarterRow> rows, List<ProgressField> fields) {
        if (!writable()) {
            return;
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object empty = fields.get(i) == ProgressField.STATUS ? StatusChoice.NONE : null;
            changes.add(Change.of(rows.get(i).progress(), fields.get(i), empty));
        }
        ChangeSet set = new ChangeSet(changes.size() == 1 ? ChangeSet.Action.EDIT : ChangeSet.Action.PASTE, changes)
                .withoutNoOps();
        if (!set.isEmpty()) {
            save(set, set.changes().size() == 1 ? editLabel(rows.get(0), fields.get(0))
                    : Messages.get("progress.step.clear", set.changes().size()));
        }
    }

    private void save(ChangeSet set, String label) {
        Workspace workspace = main.workspaceProperty().get();
        Map<String, QuarterProgress> before = showAtOnce(set);
        main.runner().run(Messages.get("progress.saving"), progress -> workspace.progress().apply(set), saved -> {
            table.stored(saved, true);
            history.record(new UndoHistory.Edit(set, label));
            main.say(Messages.get("status.saved", label, now()));
        }, error -> {
            table.stored(new ArrayList<>(before.values()), false);
            failed(error);
        });
    }

    /** Puts the new values in the table before the save returns; gives back what to restore if it fails. */
    private Map<String, QuarterProgress> showAtOnce(ChangeSet set) {
        ProgressBook book = table.book();
        Map<String, QuarterProgress> before = new LinkedHashMap<>();
        Map<String, QuarterProgress> after = new LinkedHashMap<>();
        for (Change change : set.changes()) {
            if (book == null || book.item(change.workItemId()).isEmpty()) {
                continue;
            }
            String key = change.workItemId() + ":" + change.quarter();
            QuarterProgress current = after.getOrDefault(key, book.progress(change.workItemId(), change.quarter()));
            before.putIfAbsent(key, current);
            after.put(key, current.with(change.field(), change.after(), current.updatedAt()));
        }
        table.stored(new ArrayList<>(after.values()), false);
        return before;
    }

    public void undo() {
        if (!writable()) {
            return;
        }
        UndoHistory.Step step = history.takeUndo();
        if (step != null) {
            replay(step, true);
        }
    }

    public void redo() {
        if (!writable()) {
            return;
        }
        UndoHistory.Step step = history.takeRedo();
        if (step != null) {
            replay(step, false);
        }
    }

    private void replay(UndoHistory.Step step, boolean undo) {
        Workspace workspace = main.workspaceProperty().get();
        ChangeSet.Action action = undo ? ChangeSet.Action.UNDO : ChangeSet.Action.REDO;
        main.runner().run(Messages.get(undo ? "progress.undoing" : "progress.redoing"), progress -> {
            if (step instanceof UndoHistory.Edit edit) {
                ChangeSet set = undo ? edit.changes().inverse() : edit.changes().inverse().inverse();
                return workspace.progress().apply(set);
            }
            var replacement = ((UndoHistory.Import) step).replacement();
            workspace.importUndo().apply(undo ? replacement.inverse() : replacement, action);
            return null;
        }, saved -> {
            if (saved == null) {
                main.reload();
                main.progressChanged();
            } else {
                table.stored(saved, true);
                show(((UndoHistory.Edit) step).changes());
            }
            if (undo) {
                history.undoneStored(step);
            } else {
                history.redoneStored(step);
            }
            main.say(Messages.get("status.saved", Messages.get(undo ? "progress.undone" : "progress.redone",
                    step.label()), now()));
        }, this::failed);
    }

    /**
     * An undo or redo the clerk cannot see is of little use: the table goes to the quarter it changed (when it
     * changed one) and selects its first item.
     */
    private void show(ChangeSet changes) {
        if (changes.changes().isEmpty()) {
            return;
        }
        int quarter = changes.changes().get(0).quarter();
        if (changes.changes().stream().allMatch(c -> c.quarter() == quarter) && table.quarterProperty().get() != quarter) {
            table.quarterProperty().set(quarter);
        }
        table.select(changes.changes().get(0).workItemId());
    }

    /** 复制到下一年: asks first; the new year then appears in the year choice and the tree. */
    public void copyToNextYear() {
        Integer year = table.yearProperty().get();
        Workspace workspace = main.workspaceProperty().get();
        if (year == null || workspace == null || !writable() || !interaction.confirmCopy(year, year + 1)) {
            return;
        }
        main.runner().run(Messages.get("progress.copying", year, year + 1),
                progress -> workspace.yearCopies().copyToNextYear(year), result -> {
                    main.say(Messages.get("status.saved", result.summary(), now()));
                    main.reload();
                }, this::failed);
    }

    /**
     * A refusal (the cell changed meanwhile, the item is gone) reads the year again, so the table shows what
     * is stored; anything else means the database could not be written: editing stops.
     */
    private void failed(Throwable error) {
        if (error instanceof SaveRefusedException) {
            interaction.showProblems(Messages.get("progress.notSaved"), List.of(error.getMessage()));
            table.reload();
        } else {
            readOnly.set(true);
            interaction.showError(error);
        }
    }

    private boolean writable() {
        return !readOnly.get() && main.workspaceProperty().get() != null;
    }

    /** 修改“推进普惠托育服务体系建设”一季度完成情况 */
    private static String editLabel(QuarterRow row, ProgressField field) {
        String name = row.item().name().replaceAll("\\s+", " ").strip();
        if (name.length() > NAME_IN_LABEL) {
            name = name.substring(0, NAME_IN_LABEL) + "…";
        }
        return Messages.get("progress.step.edit", name, Quarters.label(row.quarter()),
                Messages.get("progress.field." + field.name()));
    }

    /** 13:49:00, seconds always: LocalTime's own text leaves out zero seconds. */
    private static String now() {
        return LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    /** True once a write failed: the table takes no more edits until the program is restarted. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }
}
