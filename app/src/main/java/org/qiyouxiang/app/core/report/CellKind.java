package org.qiyouxiang.app.core.report;

/**
 * What a report cell holds, which decides its font, its alignment and, in Excel, its number format.
 * Every kind has a text, the same in Excel's display and on paper; numbers carry their value as well.
 */
public enum CellKind {
    /** 黑体, centred: a column header. */
    HEADER,
    /** 黑体, left: the heading of a section inside a table. */
    SECTION,
    /** 仿宋, left, wrapped: names, milestones, reports. */
    TEXT,
    /** 仿宋, centred: short labels (area, number, kind, status). */
    CENTRED,
    /** A whole number (counts, ranks). */
    INTEGER,
    /** An amount with two to four decimals (亿元). */
    DECIMAL,
    /** A percentage written as 0 to 100 (完成进度 70 is 70%). */
    PERCENT,
    /** A ratio written as 0 to 1, shown with one decimal (0.333 is 33.3%). */
    RATE;

    public boolean numeric() {
        return this == INTEGER || this == DECIMAL || this == PERCENT || this == RATE;
    }

    public boolean centred() {
        return this != TEXT && this != SECTION;
    }
}
