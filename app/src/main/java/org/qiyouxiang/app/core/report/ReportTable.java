package org.qiyouxiang.app.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One part of the report as a table, worked out once and rendered alike to Excel and to paper: the
 * title and heading lines above it, column widths, header rows, body rows with their cells and merged
 * regions. Rows count from 0 at the first header row; a cell of a merged region is its top-left cell.
 *
 * @param widths      every column's width in Excel's unit, 1/256 of a default character
 * @param headerRows  how many rows at the top are the header, repeated on every printed page
 * @param rowCount    header and body rows
 * @param blockStarts the body rows a printed page may begin with (an item's lines stay together), ascending
 */
public record ReportTable(Part part, String title, String officeLine, String dateLine, int[] widths,
                          int headerRows, int rowCount, List<ReportCell> cells, List<Region> regions,
                          int[] blockStarts) {

    public ReportTable {
        widths = widths.clone();
        cells = List.copyOf(cells);
        regions = List.copyOf(regions);
        blockStarts = blockStarts.clone();
    }

    public int columnCount() {
        return widths.length;
    }

    @Override
    public int[] widths() {
        return widths.clone();
    }

    @Override
    public int[] blockStarts() {
        return blockStarts.clone();
    }

    /** The width of columns {@code first} to {@code last} in characters. */
    public double widthInChars(int first, int last) {
        double units = 0;
        for (int c = first; c <= last; c++) {
            units += widths[c];
        }
        return units / 256.0;
    }

    /** The cells row by row, each row's in column order. */
    public List<List<ReportCell>> cellsByRow() {
        List<List<ReportCell>> rows = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            rows.add(new ArrayList<>());
        }
        for (ReportCell cell : cells) {
            rows.get(cell.row()).add(cell);
        }
        rows.forEach(r -> r.sort((a, b) -> Integer.compare(a.column(), b.column())));
        return rows;
    }

    /**
     * The same table with every merged region that crosses a page start split there, its text repeated on
     * the new page, so each printed page shows the area, kind and name of the rows it carries.
     *
     * @param pageStarts body rows that begin a page (the first page's start may be among them)
     */
    public ReportTable splitAt(int[] pageStarts) {
        int[] starts = pageStarts.clone();
        Arrays.sort(starts);
        // Only a region a page break cuts needs its top-left cell's text again on the next page: those cells
        // alone are looked up (a map of every cell cost a 10,000-item report a third of its pagination).
        java.util.Map<Long, ReportCell> topLeft = new java.util.HashMap<>();
        for (Region region : regions) {
            if (cutByBreak(region, starts)) {
                topLeft.put(CellKey.of(region.firstRow(), region.firstColumn()), null);
            }
        }
        for (ReportCell c : cells) {
            long key = CellKey.of(c.row(), c.column());
            if (topLeft.containsKey(key)) {
                topLeft.put(key, c);
            }
        }
        List<ReportCell> newCells = new ArrayList<>(cells);
        List<Region> newRegions = new ArrayList<>(regions.size());
        for (Region region : regions) {
            int from = region.firstRow();
            ReportCell cell = topLeft.get(CellKey.of(region.firstRow(), region.firstColumn()));
            int first = Arrays.binarySearch(starts, from + 1);
            for (int i = first >= 0 ? first : -first - 1; i < starts.length && starts[i] <= region.lastRow(); i++) {
                add(newRegions, new Region(from, starts[i] - 1, region.firstColumn(), region.lastColumn()));
                if (cell != null) {
                    newCells.add(cell.atRow(starts[i]));
                }
                from = starts[i];
            }
            add(newRegions, new Region(from, region.lastRow(), region.firstColumn(), region.lastColumn()));
        }
        return new ReportTable(part, title, officeLine, dateLine, widths, headerRows, rowCount, newCells, newRegions,
                blockStarts);
    }

    /** Whether a page starts inside the region, below its first row. */
    private static boolean cutByBreak(Region region, int[] starts) {
        int first = Arrays.binarySearch(starts, region.firstRow() + 1);
        int at = first >= 0 ? first : -first - 1;
        return at < starts.length && starts[at] <= region.lastRow();
    }

    private static void add(List<Region> regions, Region region) {
        if (region.rowCount() > 1 || region.lastColumn() > region.firstColumn()) {
            regions.add(region);
        }
    }
}
