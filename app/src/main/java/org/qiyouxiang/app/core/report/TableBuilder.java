package org.qiyouxiang.app.core.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.progress.StatusPalette.Tone;

/** Collects a report table's cells, merged regions and page-break points row by row. */
final class TableBuilder {

    private final Part part;
    private final ReportHeading heading;
    private final int[] widths;
    private final List<ReportCell> cells = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();
    private final List<Integer> blockStarts = new ArrayList<>();
    private int headerRows;
    private int nextRow;

    TableBuilder(Part part, ReportHeading heading, int[] widths) {
        this.part = part;
        this.heading = heading;
        this.widths = widths.clone();
    }

    int columnCount() {
        return widths.length;
    }

    /** A header row of message keys (or literal texts when {@code literal}). */
    void header(String... texts) {
        int row = nextRow++;
        for (int c = 0; c < texts.length; c++) {
            put(ReportCell.text(row, c, texts[c], CellKind.HEADER));
        }
        headerRows = nextRow;
    }

    /** Starts a row that a printed page may begin with; returns its index. */
    int newBlock() {
        blockStarts.add(nextRow);
        return nextRow++;
    }

    /** Starts a row that stays on the page of the row above. */
    int continueBlock() {
        return nextRow++;
    }

    int nextRow() {
        return nextRow;
    }

    void text(int row, int column, String text) {
        put(ReportCell.text(row, column, text, CellKind.TEXT));
    }

    void centred(int row, int column, String text) {
        put(ReportCell.text(row, column, text, CellKind.CENTRED));
    }

    void toned(int row, int column, String text, Tone tone) {
        if (text != null && !text.isEmpty()) {
            put(ReportCell.toned(row, column, text, tone));
        }
    }

    void number(int row, int column, BigDecimal number, CellKind kind) {
        if (number != null) {
            put(ReportCell.number(row, column, number, kind));
        }
    }

    void count(int row, int column, int count) {
        put(ReportCell.number(row, column, BigDecimal.valueOf(count), CellKind.INTEGER));
    }

    /** A row whose one text runs across the whole table. */
    void wholeRow(String text, CellKind kind) {
        int row = newBlock();
        put(ReportCell.text(row, 0, text, kind));
        merge(row, row, 0, widths.length - 1);
    }

    void mergeDown(int column, int firstRow, int lastRow) {
        if (lastRow > firstRow) {
            merge(firstRow, lastRow, column, column);
        }
    }

    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        regions.add(new Region(firstRow, lastRow, firstColumn, lastColumn));
    }

    ReportTable build() {
        return new ReportTable(part, part.title(heading), heading.officeLine(), heading.dateLine(), widths,
                headerRows, nextRow, cells, regions, blockStarts.stream().mapToInt(Integer::intValue).toArray());
    }

    static String label(String key, Object... args) {
        return Messages.get(key, args);
    }

    private void put(ReportCell cell) {
        if (!cell.text().isEmpty()) {
            cells.add(cell);
        }
    }
}
