package org.qiyouxiang.db.model;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** A quarter of a year, 1 to 4. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    /** Quarters since 0000-Q1, so that differences are distances on a timeline. */
    public int index() {
        return year * 4 + quarter - 1;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(index(), other.index());
    }
}
