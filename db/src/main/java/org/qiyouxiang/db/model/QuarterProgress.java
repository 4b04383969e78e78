package org.qiyouxiang.db.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What is stored for a work item in one quarter of its year: the reported progress (完成情况,
 * 完成进度), problems and next steps, and the status the clerk set. Empty texts are null.
 * {@code updatedAt} is null for a quarter with nothing stored yet.
 */
public record QuarterProgress(
        long workItemId,
        int quarter,
        String doneText,
        StatusChoice status,
        BigDecimal percent,
        String problems,
        String nextSteps,
        LocalDateTime updatedAt) {

    public QuarterProgress {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
        }
        status = status == null ? StatusChoice.NONE : status;
        doneText = emptyToNull(doneText);
        problems = emptyToNull(problems);
        nextSteps = emptyToNull(nextSteps);
    }

    public static QuarterProgress empty(long workItemId, int quarter) {
        return new QuarterProgress(workItemId, quarter, null, StatusChoice.NONE, null, null, null, null);
    }

    /** Whether the unit reported anything for the quarter: a text of what was done or a percentage. */
    public boolean reported() {
        return doneText != null || percent != null;
    }

    /** Whether nothing at all is stored. */
    public boolean isEmpty() {
        return !reported() && status.isNone() && problems == null && nextSteps == null;
    }

    public Object value(ProgressField field) {
        return switch (field) {
            case DONE_TEXT -> doneText;
            case STATUS -> status;
            case PERCENT -> percent;
            case PROBLEMS -> problems;
            case NEXT_STEPS -> nextSteps;
        };
    }

    /** A copy with one field changed; {@code value} must be of the field's type or null. */
    public QuarterProgress with(ProgressField field, Object value, LocalDateTime at) {
        if (!field.accepts(value)) {
            throw new IllegalArgumentException(field + " takes " + field.valueType().getSimpleName() + ": " + value);
        }
        return new QuarterProgress(workItemId, quarter,
                field == ProgressField.DONE_TEXT ? (String) value : doneText,
                field == ProgressField.STATUS ? (StatusChoice) value : status,
                field == ProgressField.PERCENT ? (BigDecimal) value : percent,
                field == ProgressField.PROBLEMS ? (String) value : problems,
                field == ProgressField.NEXT_STEPS ? (String) value : nextSteps,
                at);
    }

    /** Whether a field holds this value; numbers compare by value ({@code 70} equals {@code 70.0}). */
    public boolean holds(ProgressField field, Object value) {
        Object current = value(field);
        if (field == ProgressField.PERCENT && current != null && value != null) {
            return ((BigDecimal) current).compareTo((BigDecimal) value) == 0;
        }
        if (field == ProgressField.STATUS) {
            return current.equals(value == null ? StatusChoice.NONE : value);
        }
        if (value instanceof String s && s.isBlank()) {
            return current == null;
        }
        return Objects.equals(current, value);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
