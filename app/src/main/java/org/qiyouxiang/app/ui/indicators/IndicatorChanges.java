package org.qiyouxiang.app.ui.indicators;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.app.service.IndicatorEdit;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.db.model.IndicatorActual;
import org.qiyouxiang.db.model.TargetSource;

/**
 * The clerk's edits of the indicator table as changes to make through the service, each with the change
 * that takes it back and its description in the clerk's words. An edit that changes nothing is none.
 */
final class IndicatorChanges {

    /** An edit to save: the change, the change that reverts it, what it does. */
    record Pending(long indicatorId, String description, UndoStack.Change change, UndoStack.Change revert) {
    }

    private IndicatorChanges() {
    }

    /** A year's target as typed; any text is kept as written, surrounding blanks aside. */
    static Optional<Pending> target(IndicatorRow row, int year, String typed) {
        String text = stripped(typed);
        TargetSource source = TargetSlots.sourceFor(row, year);
        String old = TargetSlots.stored(row, year, source);
        if (text.equals(old == null ? "" : old)) {
            return Optional.empty();
        }
        return Optional.of(new Pending(row.id(), Messages.get("indicatorTable.change.target", row.name(), year,
                shown(row.targetText(year)), shown(text)),
                s -> s.updateTarget(row.id(), year, source, text),
                s -> s.updateTarget(row.id(), year, source, old)));
    }

    static Optional<Pending> name(IndicatorRow row, String typed) {
        String name = stripped(typed);
        return name.equals(row.name()) ? Optional.empty() : Optional.of(indicator(row,
                new IndicatorEdit(name, row.unit(), row.core(), row.direction(), row.leadUnit()),
                Messages.get("indicatorTable.change.name", row.name(), name)));
    }

    static Optional<Pending> unit(IndicatorRow row, String typed) {
        String unit = stripped(typed);
        return unit.equals(Objects.requireNonNullElse(row.unit(), "")) ? Optional.empty() : Optional.of(indicator(row,
                new IndicatorEdit(row.name(), unit, row.core(), row.direction(), row.leadUnit()),
                Messages.get("indicatorTable.change.unit", row.name(), shown(row.unit()), shown(unit))));
    }

    static Optional<Pending> direction(IndicatorRow row, Direction direction) {
        return direction == null || direction == row.direction() ? Optional.empty() : Optional.of(indicator(row,
                new IndicatorEdit(row.name(), row.unit(), row.core(), direction, row.leadUnit()),
                Messages.get("indicatorTable.change.direction", row.name(),
                        Messages.get("direction." + direction.name()))));
    }

    static Optional<Pending> leadUnit(IndicatorRow row, String typed) {
        String unit = stripped(typed);
        return unit.equals(Objects.requireNonNullElse(row.leadUnit(), "")) ? Optional.empty()
                : Optional.of(indicator(row, new IndicatorEdit(row.name(), row.unit(), row.core(), row.direction(),
                unit), Messages.get("indicatorTable.change.leadUnit", row.name(), shown(row.leadUnit()), shown(unit))));
    }

    /** The form's value for its quarter; taking it back restores what that quarter held, or clears it. */
    static Pending actual(ActualForm form) {
        IndicatorRow row = form.row();
        int year = form.year();
        int quarter = form.quarterProperty().get();
        String text = form.textProperty().get();
        LocalDate date = form.reportedOnProperty().get();
        String note = form.noteProperty().get();
        Optional<IndicatorActual> old = form.reported(quarter);
        return new Pending(row.id(), Messages.get("indicatorTable.change.actual", row.name(), year,
                Quarters.label(quarter), stripped(text)),
                s -> s.recordActual(row.id(), year, quarter, text, date, note),
                s -> {
                    if (old.isPresent()) {
                        IndicatorActual a = old.get();
                        s.recordActual(a.indicatorId(), a.year(), a.quarter(), a.text(), a.reportedOn(), a.note());
                    } else {
                        s.clearActual(row.id(), year, quarter);
                    }
                });
    }

    private static Pending indicator(IndicatorRow row, IndicatorEdit changed, String description) {
        IndicatorEdit before = IndicatorEdit.of(row);
        return new Pending(row.id(), description, s -> s.updateIndicator(row.id(), changed),
                s -> s.updateIndicator(row.id(), before));
    }

    private static String stripped(String typed) {
        return typed == null ? "" : typed.strip();
    }

    private static String shown(String text) {
        return text == null || text.isEmpty() ? Messages.get("indicatorTable.none") : text;
    }
}
