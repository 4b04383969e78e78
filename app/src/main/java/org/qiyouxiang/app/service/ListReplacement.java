package org.qiyouxiang.app.service;

/**
 * A year's list replaced by another, as one step of the clerk's undo history: an import that replaced
 * the year, or the first import of a year ({@code before} null). Its {@link #inverse()} undoes it.
 *
 * @param before the year before (null: it did not exist)
 * @param after  the year after (null: it no longer exists)
 */
public record ListReplacement(int year, YearSnapshot before, YearSnapshot after) {

    public ListReplacement inverse() {
        return new ListReplacement(year, after, before);
    }
}
