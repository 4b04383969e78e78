package org.qiyouxiang.app.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.app.excel.WorkListLayout.Cell;
import org.qiyouxiang.app.excel.WorkListLayout.Region;

/**
 * Row heights that fit wrapped text. Neither POI nor the file sizes rows, and Excel, WPS and
 * LibreOffice all keep a stored height, so text would be cut off without this estimate.
 *
 * <p>Widths are in Excel's unit, 1/256 of a default character. A Chinese character (and a
 * full-width mark) takes about two such characters, a Latin letter or digit about one. Latin
 * words wrap whole; Chinese wraps anywhere.
 */
final class RowHeights {

    static final float POINTS_PER_LINE = 15f;
    static final float PADDING_POINTS = 4f;
    static final float MIN_POINTS = 19f;
    /** Excel's largest row height. */
    static final float MAX_POINTS = 409f;

    /** Room lost to the cell's inner margins, in characters. */
    private static final double CELL_PADDING_CHARS = 1.0;
    private static final double WIDTH_UNITS_PER_CHAR = 256.0;

    private final int[] columnWidths;

    /** @param columnWidths every column's width in 1/256 of a character */
    RowHeights(int[] columnWidths) {
        this.columnWidths = columnWidths.clone();
    }

    /**
     * Heights in points of rows {@code firstRow} up to {@code rowCount - 1}. A text in a region
     * over several rows adds what it lacks evenly to those rows, after single-row texts are fitted.
     */
    float[] heights(int firstRow, int rowCount, List<Cell> cells, List<Region> regions) {
        float[] heights = new float[rowCount];
        Arrays.fill(heights, MIN_POINTS);
        Map<Long, Region> regionAt = new HashMap<>();
        regions.forEach(r -> regionAt.put(key(r.firstRow(), r.firstColumn()), r));

        List<Cell> tall = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell.row() < firstRow || cell.row() >= rowCount) {
                continue;
            }
            Region region = regionAt.get(key(cell.row(), cell.column()));
            if (region != null && region.rowCount() > 1) {
                tall.add(cell);
            } else {
                int lastColumn = region == null ? cell.column() : region.lastColumn();
                float need = pointsFor(lineCount(cell.text(), widthInChars(cell.column(), lastColumn)));
                heights[cell.row()] = Math.max(heights[cell.row()], need);
            }
        }
        for (Cell cell : tall) {
            spread(heights, regionAt.get(key(cell.row(), cell.column())), cell.text());
        }
        for (int row = 0; row < rowCount; row++) {
            heights[row] = Math.min(heights[row], MAX_POINTS);
        }
        return heights;
    }

    private void spread(float[] heights, Region region, String text) {
        int lastRow = Math.min(region.lastRow(), heights.length - 1);
        float need = pointsFor(lineCount(text, widthInChars(region.firstColumn(), region.lastColumn())));
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
            units += columnWidths[column];
        }
        return units / WIDTH_UNITS_PER_CHAR;
    }

    static float pointsFor(int lines) {
        return Math.max(MIN_POINTS, lines * POINTS_PER_LINE + PADDING_POINTS);
    }

    /** How many lines a text takes in a column {@code widthInChars} wide, wrapped. */
    static int lineCount(String text, double widthInChars) {
        double room = Math.max(2, widthInChars - CELL_PADDING_CHARS);
        int lines = 0;
        for (String paragraph : text.split("\r\n|\r|\n", -1)) {
            lines += wrappedLines(paragraph, room);
        }
        return Math.max(1, lines);
    }

    private static int wrappedLines(String paragraph, double room) {
        int lines = 1;
        double used = 0;
        int index = 0;
        while (index < paragraph.length()) {
            int end = endOfToken(paragraph, index);
            double width = widthOf(paragraph, index, end);
            boolean space = Character.isWhitespace(paragraph.codePointAt(index));
            index = end;
            if (used > 0 && used + width > room) {
                lines++;
                used = 0;
                if (space) {
                    continue;
                }
            }
            while (width > room) {
                // A word longer than the column is broken wherever the line ends.
                width -= room;
                lines++;
            }
            used += width;
        }
        return lines;
    }

    /** A token is one Chinese character, one space, or a run of other characters (a word). */
    private static int endOfToken(String text, int start) {
        int codePoint = text.codePointAt(start);
        int end = start + Character.charCount(codePoint);
        if (isWide(codePoint) || Character.isWhitespace(codePoint)) {
            return end;
        }
        while (end < text.length()) {
            int next = text.codePointAt(end);
            if (isWide(next) || Character.isWhitespace(next)) {
                break;
            }
            end += Character.charCount(next);
        }
        return end;
    }

    private static double widthOf(String text, int start, int end) {
        double width = 0;
        for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
            width += isWide(text.codePointAt(i)) ? 2 : 1;
        }
        return width;
    }

    /** Chinese characters, full-width forms, and the quotes and dashes Chinese fonts draw full width. */
    static boolean isWide(int codePoint) {
        if (codePoint >= 0x2010 && codePoint <= 0x2027) {
            return true;
        }
        boolean halfWidthForm = codePoint >= 0xFF61 && codePoint <= 0xFFDC
                || codePoint >= 0xFFE8 && codePoint <= 0xFFEE;
        return codePoint >= 0x2E80 && codePoint <= 0xFFEF && !halfWidthForm
                || codePoint >= 0x20000 && codePoint <= 0x3FFFF;
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }
}
