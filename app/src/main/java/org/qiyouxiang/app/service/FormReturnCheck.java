package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.progress.CellValues;
import org.qiyouxiang.app.core.progress.Change;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.app.core.report.FormKey;
import org.qiyouxiang.app.core.report.FormSheet;
import org.qiyouxiang.app.core.report.ReturnedForm;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.StatusChoice;
import org.qiyouxiang.db.model.Status;

/**
 * Compares a returned form's rows with what is stored: a cell counts as changed only when the unit typed
 * something other than what the form was sent with, so a value the clerk changed since is not overwritten by
 * the form's stale copy. Rows are matched by their keys, never by position.
 */
final class FormReturnCheck {

    private final ProgressBook book;
    private final int quarter;
    private final java.time.LocalDate today;
    /** Cells already changed by an earlier file of the batch: "item:field" to the value and the file. */
    private final Map<String, Object[]> taken;

    FormReturnCheck(ProgressBook book, int quarter, java.time.LocalDate today, Map<String, Object[]> taken) {
        this.book = book;
        this.quarter = quarter;
        this.today = today;
        this.taken = taken;
    }

    FileReturn check(Path file, ReturnedForm form) {
        List<CellChange> changes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (ReturnedForm.Row row : form.rows()) {
            Optional<FormKey> key = FormKey.parse(row.key());
            if (row.key().isBlank()) {
                problems.add(Messages.get("form.problem.noKey", row.rowNumber(), row.name()));
                continue;
            }
            if (key.isEmpty()) {
                problems.add(Messages.get("form.problem.badKey", row.rowNumber(), row.key()));
                continue;
            }
            if (key.get().year() != book.year() || key.get().quarter() != quarter) {
                problems.add(Messages.get("form.problem.otherQuarter", row.rowNumber(),
                        String.valueOf(key.get().year()), Quarters.label(key.get().quarter())));
                continue;
            }
            long itemId = key.get().itemId();
            if (book.item(itemId).isEmpty()) {
                problems.add(Messages.get("form.problem.itemGone", row.rowNumber(), row.name()));
                continue;
            }
            Integer earlier = seen.putIfAbsent(itemId, row.rowNumber());
            if (earlier != null) {
                problems.add(Messages.get("form.problem.twice", row.rowNumber(), earlier));
                continue;
            }
            cells(file, form, row, itemId, changes, problems, notes);
        }
        return new FileReturn(file, form.unit(), book.year(), quarter, form.rows().size(), changes, problems, notes,
                false);
    }

    private void cells(Path file, ReturnedForm form, ReturnedForm.Row row, long itemId, List<CellChange> changes,
                       List<String> problems, List<String> notes) {
        String name = book.item(itemId).orElseThrow().name();
        QuarterProgress stored = book.progress(itemId, quarter);
        Status proposed = book.row(itemId, quarter, today).proposal().status();
        Map<ProgressField, String> sent = form.generated().get(FormKey.parse(row.key()).orElseThrow().text());
        boolean typedSomething = false;
        for (ProgressField field : FormSheet.FIELDS) {
            String returned = row.values().getOrDefault(field, "").strip();
            String before = CellValues.format(field, stored.value(field));
            String original = sent != null ? sent.getOrDefault(field, "").strip() : before.strip();
            if (returned.equals(original)) {
                continue;
            }
            typedSomething = true;
            CellValues.Parsed parsed = CellValues.parse(field, returned, proposed);
            String label = Messages.get("progress.field." + field.name());
            if (!parsed.ok()) {
                problems.add(Messages.get("form.problem.cell", row.rowNumber(), name, label, parsed.problem()));
                continue;
            }
            if (stored.holds(field, parsed.value()) || sameStatus(field, stored, parsed.value())) {
                continue;
            }
            String cell = itemId + ":" + field;
            Object[] earlier = taken.get(cell);
            if (earlier != null) {
                if (!Objects.equals(earlier[0], parsed.value())) {
                    problems.add(Messages.get("form.problem.conflict", row.rowNumber(), name, label, earlier[1]));
                }
                continue;
            }
            taken.put(cell, new Object[]{parsed.value(), file.getFileName().toString()});
            changes.add(new CellChange(itemId, name, row.rowNumber(),
                    new Change(itemId, quarter, field, stored.value(field), parsed.value()), before,
                    CellValues.format(field, parsed.value())));
        }
        String status = row.values().getOrDefault(ProgressField.STATUS, "").strip();
        if (typedSomething && status.isEmpty() && stored.status().isNone()) {
            notes.add(Messages.get("form.note.noStatus", row.rowNumber(), name));
        }
    }

    /**
     * A unit that returns the status already stored changes nothing, even where the rules now propose that
     * status and the stored one was chosen against an earlier proposal (a form imported twice).
     */
    private static boolean sameStatus(ProgressField field, QuarterProgress stored, Object returned) {
        return field == ProgressField.STATUS && returned instanceof StatusChoice choice && !choice.isNone()
                && !stored.status().isNone() && stored.status().status() == choice.status();
    }
}
