package org.qiyouxiang.app.core.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.StatusChoice;

/**
 * One field of an item's quarter changed from one value to another: what a cell edit is, and what an
 * undo reverses. Values are of the field's type ({@link ProgressField#valueType()}): text, a percentage
 * as {@code BigDecimal}, or a {@link StatusChoice}; null is empty. {@code before} is what the change
 * expects to find stored: the service refuses a change whose cell has changed since.
 */
public record Change(long workItemId, int quarter, ProgressField field, Object before, Object after) {

    public Change {
        Objects.requireNonNull(field, "field");
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
        }
        before = normalised(field, before);
        after = normalised(field, after);
    }

    /** A change of what is stored now ({@code current}) to a new value. */
    public static Change of(QuarterProgress current, ProgressField field, Object after) {
        return new Change(current.workItemId(), current.quarter(), field, current.value(field), after);
    }

    public Change inverse() {
        return new Change(workItemId, quarter, field, after, before);
    }

    /** Whether the new value is the old one (an edit that leaves a cell as it was). */
    public boolean isNoOp() {
        return QuarterProgress.empty(workItemId, quarter).with(field, before, null).holds(field, after);
    }

    private static Object normalised(ProgressField field, Object value) {
        if (!field.accepts(value)) {
            throw new IllegalArgumentException(field + " takes " + field.valueType().getSimpleName() + ": " + value);
        }
        if (value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof BigDecimal percent && percent.scale() > 1) {
            // the column keeps one decimal; an undo must expect what was stored, not what was typed
            return percent.setScale(1, RoundingMode.HALF_UP);
        }
        return field == ProgressField.STATUS && value == null ? StatusChoice.NONE : value;
    }
}
