package org.qiyouxiang.app.service;

import org.qiyouxiang.app.core.TableKind;

/** The table's targets (the five-year table's, or a year's key indicators) are stored and the clerk has not said to replace them. */
public class TargetsExistException extends Exception {

    private final TableKind kind;
    private final Integer year;

    public TargetsExistException(TableKind kind, Integer year) {
        super(kind + " " + year + " already imported");
        this.kind = kind;
        this.year = year;
    }

    public TableKind kind() {
        return kind;
    }

    /** The year of a key-indicator table; null for the five-year table. */
    public Integer year() {
        return year;
    }
}
