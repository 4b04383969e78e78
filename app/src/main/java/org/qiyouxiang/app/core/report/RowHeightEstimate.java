package org.qiyouxiang.app.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Row heights in points that fit wrapped text (see {@link TextLines}). Neither POI nor the file sizes
 * rows, and Excel, WPS and LibreOffice all keep a stored height, so text would be cut off without them.
 * A text in a region over several rows adds what it lacks evenly to those rows, after single-row texts
 * are fitted.
 */
public final class RowHeightEstimate {

    private final int[] widths;

    /** @param widths every column's width in 1/256 of a character */
    public RowHeightEstimate(int[] widths) {
        this.widths = widths.clone();
    }

    public static float[] of(ReportTable table) {
        return new RowHeightEstimate(table.widths()).heights(0, table.rowCount(), table.cells(), table.regions());
    }

    /** Heights of rows {@code firstRow} to {@code rowCount - 1}; rows before keep {@link TextLines#MIN_POINTS}. */
    public float[] heights(int firstRow, int rowCount, List<ReportCell> cells, List<Region> regions) {
        float[] heights = new float[rowCount];
        Arrays.fill(heights, TextLines.MIN_POINTS);
        // The regions by their top-left cell, a row's array only where a region starts (arrays, not a map:
        // this runs for every cell of a 10,000-item report).
        Region[][] regionAt = new Region[rowCount][];
        for (Region r : regions) {
            if (r.firstRow() >= 0 && r.firstRow() < rowCount) {
                if (regionAt[r.firstRow()] == null) {
                    regionAt[r.firstRow()] = new Region[widths.length];
                }
                regionAt[r.firstRow()][r.firstColumn()] = r;
            }
        }
        List<ReportCell> tall = new ArrayList<>();
        for (ReportCell cell : cells) {
            if (cell.row() < firstRow || cell.row() >= rowCount) {
                continue;
            }
            Region region = regionAt(regionAt, cell);
            if (region != null && region.rowCount() > 1) {
                tall.add(cell);
            } else {
                int lastColumn = region == null ? cell.column() : region.lastColumn();
                float need = TextLines.pointsFor(TextLines.lineCount(cell.text(), widthInChars(cell.column(), lastColumn)));
                heights[cell.row()] = Math.max(heights[cell.row()], need);
            }
        }
        for (ReportCell cell : tall) {
            spread(heights, regionAt(regionAt, cell), cell.text());
        }
        for (int row = 0; row < rowCount; row++) {
            heights[row] = Math.min(heights[row], TextLines.MAX_POINTS);
        }
        return heights;
    }

    private static Region regionAt(Region[][] regionAt, ReportCell cell) {
        Region[] row = regionAt[cell.row()];
        return row == null || cell.column() >= row.length ? null : row[cell.column()];
    }

    private void spread(float[] heights, Region region, String text) {
        int lastRow = Math.min(region.lastRow(), heights.length - 1);
        float need = TextLines.pointsFor(TextLines.lineCount(text, widthInChars(region.firstColumn(), region.lastColumn())));
        float have = 0;
        for (int row = region.firstRow(); row <= lastRow; row++) {
            have += heights[row];
        }
        if (have < need) {
            float extra = (need - have) / (lastRow - region.firstRow() + 1);
            for (int row = region.firstRow(); row <= lastRow; row++) {
                heights[row] += extra;
            }
        }
    }

    private double widthInChars(int firstColumn, int lastColumn) {
        double units = 0;
        for (int column = firstColumn; column <= lastColumn; column++) {
            units += widths[column];
        }
        return units / 256.0;
    }
}
