package org.qiyouxiang.db.model;

/**
 * The status the clerk stored for an item's quarter. {@link #NONE} leaves the status to the rules;
 * a status with {@code overridden} false is a proposal the clerk confirmed (frozen for the report);
 * with {@code overridden} true the clerk decided against the rules and the reason says why.
 */
public record StatusChoice(Status status, boolean overridden, String reason) {

    public static final StatusChoice NONE = new StatusChoice(null, false, null);

    public StatusChoice {
        if (status == null && (overridden || reason != null)) {
            throw new IllegalArgumentException("no status, yet overridden or a reason");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public static StatusChoice confirmed(Status status) {
        return status == null ? NONE : new StatusChoice(status, false, null);
    }

    public static StatusChoice overridden(Status status, String reason) {
        return status == null ? NONE : new StatusChoice(status, true, reason);
    }

    public boolean isNone() {
        return status == null;
    }
}
