package org.qiyouxiang.app.excel;

import java.util.List;

/**
 * A sheet of plain rows under one header row, for a copy of the data anyone can open: no title, no merges,
 * one value per cell. A value is a {@link String}, a {@link Number} (in {@link Kind#NUMBER} columns) or null.
 *
 * @param filtered whether the header gets an autofilter (a table); false for a page of notes
 */
public record PlainSheet(String name, List<Column> columns, List<List<Object>> rows, boolean filtered) {

    /** How a column's values are shown. */
    public enum Kind {
        /** Short text (a year's target, a unit): as wide as its longest value, within reason. */
        TEXT,
        /** Long text (a name, what was done): a wide column, wrapped. */
        LONG_TEXT,
        /** A number the clerk can sum and sort: a year, a percentage, an amount. */
        NUMBER
    }

    public record Column(String header, Kind kind) {
    }

    public PlainSheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static Column text(String header) {
        return new Column(header, Kind.TEXT);
    }

    public static Column longText(String header) {
        return new Column(header, Kind.LONG_TEXT);
    }

    public static Column number(String header) {
        return new Column(header, Kind.NUMBER);
    }
}
