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

    /** One shared instance per quarter of this century: views keep a quarter per bar of 10,000 items. */
    private static final int FIRST_SHARED_YEAR = 2000;
    private static final Quarter[] SHARED = new Quarter[100 * 4];

    static {
        for (int i = 0; i < SHARED.length; i++) {
            SHARED[i] = new Quarter(FIRST_SHARED_YEAR + i / 4, i % 4 + 1);
        }
    }

    /** The quarter, shared where it can be; the same as {@code new Quarter(year, quarter)} in every other way. */
    public static Quarter of(int year, int quarter) {
        int i = (year - FIRST_SHARED_YEAR) * 4 + quarter - 1;
        return quarter >= 1 && quarter <= 4 && i >= 0 && i < SHARED.length ? SHARED[i] : new Quarter(year, quarter);
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
