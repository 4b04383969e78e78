package org.qiyouxiang.app.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a table into A4 pages, the way Excel prints it fitted to one page wide: the scale that fits the
 * columns, the header rows on every page, the title on the first. An item's lines stay on one page unless
 * they alone are taller than a page. Pages are filled to a little less than the paper holds, so that
 * Excel and LibreOffice, whose metrics differ slightly from this estimate, never need a page more.
 */
public final class Paginator {

    /** Of the page's height, how much is filled (the rest absorbs the office suites' rounding). */
    static final double FILL = 0.96;

    private Paginator() {
    }

    /** The percentage Excel would print at to fit the width, as a factor (0.79 for 79%), never above 1. */
    public static double scale(ReportTable table, PageSetup setup) {
        double fit = setup.printableWidth() / PaginatedTable.tablePoints(table.widths());
        return Math.min(100, Math.floor(fit * 100)) / 100.0;
    }

    public static PaginatedTable paginate(ReportTable table, PageSetup setup) {
        float[] heights = RowHeightEstimate.of(table);
        double scale = scale(table, setup);
        List<Integer> starts = starts(table, heights, setup.printableHeight() / scale * FILL);
        List<PageSlice> slices = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int last = i + 1 < starts.size() ? starts.get(i + 1) - 1 : table.rowCount() - 1;
            slices.add(new PageSlice(starts.get(i), last, i == 0));
        }
        int[] breaks = starts.stream().skip(1).mapToInt(Integer::intValue).toArray();
        return new PaginatedTable(breaks.length == 0 ? table : table.splitAt(breaks), heights, slices, scale);
    }

    static List<Integer> starts(ReportTable table, float[] heights, double capacity) {
        double header = 0;
        for (int r = 0; r < table.headerRows(); r++) {
            header += heights[r];
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(table.headerRows());
        double used = header + PaginatedTable.TITLE_POINTS + PaginatedTable.HEADING_POINTS;
        boolean pageHasRows = false;
        int[] blocks = table.blockStarts();
        for (int b = 0; b < blocks.length; b++) {
            int first = b == 0 ? table.headerRows() : blocks[b];
            int last = b + 1 < blocks.length ? blocks[b + 1] - 1 : table.rowCount() - 1;
            double block = sum(heights, first, last);
            if (pageHasRows && used + block > capacity) {
                starts.add(first);
                used = header;
                pageHasRows = false;
            }
            if (used + block <= capacity) {
                used += block;
                pageHasRows = true;
                continue;
            }
            for (int row = first; row <= last; row++) {
                if (pageHasRows && used + heights[row] > capacity) {
                    starts.add(row);
                    used = header;
                }
                used += heights[row];
                pageHasRows = true;
            }
        }
        return starts;
    }

    private static double sum(float[] heights, int first, int last) {
        double sum = 0;
        for (int r = first; r <= last; r++) {
            sum += heights[r];
        }
        return sum;
    }
}
