package org.qiyouxiang.app.core.report;

/**
 * The fill-in form's locked columns that come from the work list and that a unit may still overwrite once it
 * lifts the sheet's protection: such a change is never imported, but the clerk is told of it.
 */
public enum LockedColumn {
    NAME("report.header.name"),
    MILESTONE("form.header.milestone"),
    UNITS("report.header.units"),
    PERSONS("report.header.persons");

    private final String labelKey;

    LockedColumn(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The message key of the column's name as the clerk reads it in a message. */
    public String labelKey() {
        return labelKey;
    }
}
