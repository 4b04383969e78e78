package org.qiyouxiang.app.core.gantt;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the chart's rows over printed pages. Every page repeats the time axis and the left columns,
 * so the rows get what is left of the page; a group heading is not left alone at a page's foot; a row
 * taller than a page gets a page of its own (cut at the foot). Sizes are in chart pixels.
 */
public final class PrintPages {

    /** The chart is printed at this many points per pixel: 13 px text becomes 9.75 pt, readable on A4. */
    public static final double PRINT_SCALE = 0.75;

    private PrintPages() {
    }

    /** A page: its number (from 1), how many there are, and its rows, both included. */
    public record Page(int number, int count, int firstRow, int lastRow) {
    }

    /**
     * @param heights      each row's height
     * @param keepWithNext rows that should not end a page (group headings); may be shorter than heights
     * @param bodyHeight   the height the rows get on every page
     */
    public static List<Page> split(double[] heights, boolean[] keepWithNext, double bodyHeight) {
        if (!(bodyHeight > 0)) {
            throw new IllegalArgumentException("no room for rows: " + bodyHeight);
        }
        List<int[]> ranges = new ArrayList<>();
        int first = 0;
        while (first < heights.length) {
            int last = first;
            double used = heights[first];
            while (last + 1 < heights.length && used + heights[last + 1] <= bodyHeight) {
                last++;
                used += heights[last];
            }
            while (last > first && last + 1 < heights.length && keeps(keepWithNext, last)) {
                last--;
            }
            ranges.add(new int[] {first, last});
            first = last + 1;
        }
        List<Page> pages = new ArrayList<>(ranges.size());
        for (int i = 0; i < ranges.size(); i++) {
            pages.add(new Page(i + 1, ranges.size(), ranges.get(i)[0], ranges.get(i)[1]));
        }
        return pages;
    }

    private static boolean keeps(boolean[] keepWithNext, int row) {
        return row < keepWithNext.length && keepWithNext[row];
    }

    /**
     * The quarter width that fits the left columns and {@code quarters} quarters across a page's
     * printable width at {@link #PRINT_SCALE}.
     */
    public static double quarterWidth(double printableWidth, double leftWidth, int quarters) {
        return Math.max(QuarterScale.MIN_QUARTER_WIDTH / 2, (printableWidth / PRINT_SCALE - leftWidth) / quarters);
    }

    /** The height rows get on a page, in chart pixels, after the repeated axis and the page's title and foot. */
    public static double bodyHeight(double printableHeight, double axisHeight, double titleAndFoot) {
        return printableHeight / PRINT_SCALE - axisHeight - titleAndFoot;
    }
}
