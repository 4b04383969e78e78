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
import org.qiyouxiang.app.core.report.LockedColumn;
import org.qiyouxiang.app.core.report.ReturnedForm;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.StatusChoice;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.WorkItem;

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
        int matched = 0;
        for (ReturnedForm.Row row : form.rows()) {
            Optional<FormKey> key = FormKey.parse(row.key());
            if (key.isPresent() && (key.get().year() != book.year() || key.get().quarter() != quarter)) {
                problems.add(Messages.get("form.problem.otherQuarter", row.rowNumber(),
                        String.valueOf(key.get().year()), Quarters.label(key.get().quarter())));
                continue;
            }
            Optional<Long> found = key.map(FormKey::itemId).filter(id -> book.item(id).isPresent());
            if (found.isEmpty()) {
                // No key, a key changed by hand, or an item the work list's re-import gave a new id: the row's
                // locked 名称 finds it when exactly one item has that name.
                found = byName(form, row.name());
                if (found.isEmpty()) {
                    problems.add(row.key().isBlank() ? Messages.get("form.problem.noKey", row.rowNumber(), row.name())
                            : key.isEmpty() ? Messages.get("form.problem.badKey", row.rowNumber(), row.key())
                            : Messages.get("form.problem.itemGone", row.rowNumber(), row.name()));
                    continue;
                }
                notes.add(Messages.get("form.note.byName", row.rowNumber(), row.name()));
            }
            long itemId = found.get();
            Integer earlier = seen.putIfAbsent(itemId, row.rowNumber());
            if (earlier != null) {
                problems.add(Messages.get("form.problem.twice", row.rowNumber(), earlier));
                continue;
            }
            matched++;
            key.map(k -> form.sentLocked().get(k.text()))
                    .ifPresent(sent -> lockedChanges(row, book.item(itemId).orElseThrow().name(), sent, problems));
            cells(file, form.unit(), row, itemId, key.map(k -> form.generated().get(k.text())).orElse(null), changes,
                    problems, notes);
        }
        // Not one row found its item: refused as a whole, so the unit is not marked as having returned its form.
        boolean nothingFound = matched == 0 && !form.rows().isEmpty();
        if (nothingFound) {
            problems.add(0, Messages.get("form.problem.noRowFound"));
        }
        return new FileReturn(file, form.unit(), book.year(), quarter, form.rows().size(), changes, problems, notes,
                nothingFound);
    }

    /** The item a row names, when exactly one item of the list (or else of the form's unit) has that name. */
    private Optional<Long> byName(ReturnedForm form, String name) {
        String wanted = squashed(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<WorkItem> same = book.items().stream().filter(i -> squashed(i.name()).equals(wanted)).toList();
        if (same.size() > 1 && form.unit() != null) {
            same = same.stream().filter(i -> i.lines().stream().anyMatch(l -> l.units().contains(form.unit())))
                    .toList();
        }
        return same.size() == 1 ? Optional.of(same.get(0).id()) : Optional.empty();
    }

    /**
     * A locked column the unit overwrote (after lifting the sheet's protection) is not imported: the work list
     * decides it. The clerk is told, since the unit may be asking for a change to the plan.
     */
    private static void lockedChanges(ReturnedForm.Row row, String name, Map<LockedColumn, String> sent,
                                      List<String> problems) {
        for (LockedColumn column : LockedColumn.values()) {
            String returned = row.locked().get(column);
            String original = sent.get(column);
            if (returned != null && original != null && !squashed(original).equals(squashed(returned))) {
                String label = Messages.get(column.labelKey());
                problems.add(returned.isBlank()
                        ? Messages.get("form.problem.lockedCleared", row.rowNumber(), name, label)
                        : Messages.get("form.problem.locked", row.rowNumber(), name, label, returned.strip()));
            }
        }
    }

    private static String squashed(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "");
    }

    /**
     * @param unit the form's unit, null when its hidden part was lost
     * @param sent the row's cells as the form was sent, from its hidden copy; null when the row has no key
     */
    private void cells(Path file, String unit, ReturnedForm.Row row, long itemId, Map<ProgressField, String> sent,
                       List<CellChange> changes, List<String> problems, List<String> notes) {
        String name = book.item(itemId).orElseThrow().name();
        QuarterProgress stored = book.progress(itemId, quarter);
        Status proposed = book.row(itemId, quarter, today).proposal().status();
        boolean typedSomething = false;
        for (ProgressField field : FormSheet.FIELDS) {
            String returned = row.values().getOrDefault(field, "").strip();
            String before = CellValues.format(field, stored.value(field));
            String original = sent != null ? sent.getOrDefault(field, "").strip() : before.strip();
            if (returned.equals(original)) {
                continue;
            }
            typedSomething = true;
            CellValues.Parsed parsed = fromUnit(CellValues.parse(field, returned, proposed),
                    unit != null ? unit : Messages.get("form.someUnit"));
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
     * A status the unit chose against the rules' proposal is stored as decided against them, as the clerk's
     * would be; its reason says who decided, so that （改判） in the table is explained in its tooltip.
     */
    private static CellValues.Parsed fromUnit(CellValues.Parsed parsed, String unit) {
        if (parsed.ok() && parsed.value() instanceof StatusChoice choice && choice.overridden()
                && choice.reason() == null) {
            return new CellValues.Parsed(StatusChoice.overridden(choice.status(),
                    Messages.get("form.statusReason", unit)), null);
        }
        return parsed;
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
