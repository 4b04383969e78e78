package org.qiyouxiang.app.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report table cut into printed pages: its row heights, the pages, the scale that fits it to the paper's
 * width, and the table itself with merged regions split where pages begin. The Excel writer sets the same
 * heights and page breaks, so Excel, the print preview and the PDF show the same pages.
 */
public final class PaginatedTable {

    /** Title row height in points (before scaling). */
    public static final float TITLE_POINTS = 30f;
    /** The office and date line under the title. */
    public static final float HEADING_POINTS = 20f;

    private final ReportTable table;
    private final float[] heights;
    private final List<PageSlice> slices;
    private final double scale;
    private final List<List<ReportCell>> cellsByRow;
    private final List<List<Region>> regionsByFirstRow;

    public PaginatedTable(ReportTable table, float[] heights, List<PageSlice> slices, double scale) {
        this.table = table;
        this.heights = heights.clone();
        this.slices = List.copyOf(slices);
        this.scale = scale;
        this.cellsByRow = table.cellsByRow();
        this.regionsByFirstRow = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            regionsByFirstRow.add(new ArrayList<>(1));
        }
        table.regions().forEach(region -> regionsByFirstRow.get(region.firstRow()).add(region));
    }

    /** The table, its merged regions split where pages begin. */
    public ReportTable table() {
        return table;
    }

    /** Every row's height in points on the sheet (before scaling). */
    public float[] heights() {
        return heights.clone();
    }

    public float height(int row) {
        return heights[row];
    }

    public List<PageSlice> slices() {
        return slices;
    }

    /** The factor the table is printed at to fit the paper's width (0.79 for 79%). */
    public double scale() {
        return scale;
    }

    /** The cells of a row, in column order. */
    public List<ReportCell> cells(int row) {
        return cellsByRow.get(row);
    }

    /** The merged regions whose first row is this one. */
    public List<Region> regionsFrom(int row) {
        return regionsByFirstRow.get(row);
    }

    /** The body rows that begin a page after the first: Excel's manual row breaks go above them. */
    public int[] pageStarts() {
        return slices.stream().skip(1).mapToInt(PageSlice::firstRow).toArray();
    }

    /** A column's width in points on the sheet (before scaling), as Excel converts characters to pixels. */
    public static double columnPoints(int widthUnits) {
        double pixels = Math.floor(widthUnits / 256.0 * 7 + 0.5) + 5;
        return pixels * 0.75;
    }

    public static double tablePoints(int[] widths) {
        double points = 0;
        for (int w : widths) {
            points += columnPoints(w);
        }
        return points;
    }
}
