package org.qiyouxiang.app.service;

import org.qiyouxiang.db.model.TargetSource;

/**
 * An indicator's targets of one year, as written in each table.
 *
 * @param fiveYear the five-year table's cell, or null when that table has no column for the year
 * @param key      the year's key-indicator table's cell, or null when the indicator is not in it
 */
public record YearTarget(int year, String fiveYear, String key) {

    /** The target that counts: the key-indicator table's unless blank, else the five-year table's; "" when none. */
    public String text() {
        if (key != null && !key.isBlank()) {
            return key;
        }
        return fiveYear == null ? "" : fiveYear;
    }

    /** Where {@link #text()} comes from, or null when neither table gives a target. */
    public TargetSource source() {
        if (key != null && !key.isBlank()) {
            return TargetSource.KEY;
        }
        return fiveYear == null ? null : TargetSource.FIVE_YEAR;
    }
}
