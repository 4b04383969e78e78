package org.qiyouxiang.app.excel;

import java.util.List;
import org.qiyouxiang.app.core.report.CellKind;
import org.qiyouxiang.app.core.report.ReportCell;
import org.qiyouxiang.app.core.report.RowHeightEstimate;
import org.qiyouxiang.app.core.report.TextLines;
import org.qiyouxiang.app.excel.WorkListLayout.Cell;
import org.qiyouxiang.app.excel.WorkListLayout.Region;

/**
 * Row heights that fit wrapped text, for the work-list and indicator layouts. The estimate itself lives in
 * {@link RowHeightEstimate} and {@link TextLines}, shared with the quarterly report and its printed pages.
 */
final class RowHeights {

    static final float POINTS_PER_LINE = TextLines.POINTS_PER_LINE;
    static final float PADDING_POINTS = TextLines.PADDING_POINTS;
    static final float MIN_POINTS = TextLines.MIN_POINTS;
    static final float MAX_POINTS = TextLines.MAX_POINTS;

    private final RowHeightEstimate estimate;

    /** @param columnWidths every column's width in 1/256 of a character */
    RowHeights(int[] columnWidths) {
        this.estimate = new RowHeightEstimate(columnWidths);
    }

    /** Heights in points of rows {@code firstRow} up to {@code rowCount - 1}. */
    float[] heights(int firstRow, int rowCount, List<Cell> cells, List<Region> regions) {
        List<ReportCell> reportCells = cells.stream()
                .map(c -> ReportCell.text(c.row(), c.column(), c.text(), CellKind.TEXT)).toList();
        List<org.qiyouxiang.app.core.report.Region> reportRegions = regions.stream()
                .map(r -> new org.qiyouxiang.app.core.report.Region(r.firstRow(), r.lastRow(), r.firstColumn(),
                        r.lastColumn()))
                .toList();
        return estimate.heights(firstRow, rowCount, reportCells, reportRegions);
    }

    static float pointsFor(int lines) {
        return TextLines.pointsFor(lines);
    }

    /** How many lines a text takes in a column {@code widthInChars} wide, wrapped. */
    static int lineCount(String text, double widthInChars) {
        return TextLines.lineCount(text, widthInChars);
    }

    static boolean isWide(int codePoint) {
        return TextLines.isWide(codePoint);
    }
}
