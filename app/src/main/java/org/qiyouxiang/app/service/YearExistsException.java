package org.qiyouxiang.app.service;

/** The year is already stored and the clerk has not said to replace it. */
public class YearExistsException extends Exception {

    private final int year;

    public YearExistsException(int year) {
        super("work list of " + year + " exists");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
