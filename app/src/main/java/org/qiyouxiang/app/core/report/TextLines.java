package org.qiyouxiang.app.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * How text wraps in a table cell, estimated the way Excel lays it out: widths in Excel's unit (one default
 * character), a Chinese character or full-width mark two of them, a Latin letter or digit one; Latin words
 * wrap whole, Chinese anywhere. The spreadsheet's row heights and the printed pages both come from here,
 * so a row is as tall on paper as in the file, and the lines drawn are the lines counted.
 */
public final class TextLines {

    public static final float POINTS_PER_LINE = 15f;
    public static final float PADDING_POINTS = 4f;
    public static final float MIN_POINTS = 19f;
    /** Excel's largest row height. */
    public static final float MAX_POINTS = 409f;

    /** Room lost to the cell's inner margins, in characters. */
    private static final double CELL_PADDING_CHARS = 1.0;

    private TextLines() {
    }

    /** The height in points of a cell of {@code lines} lines. */
    public static float pointsFor(int lines) {
        return Math.max(MIN_POINTS, lines * POINTS_PER_LINE + PADDING_POINTS);
    }

    /** How many lines a text takes in a column {@code widthInChars} wide. */
    public static int lineCount(String text, double widthInChars) {
        return Math.max(1, wrap(text, widthInChars, null));
    }

    /** The lines a text is drawn in, in a column {@code widthInChars} wide; at least one. */
    public static List<String> wrap(String text, double widthInChars) {
        List<String> lines = new ArrayList<>();
        wrap(text, widthInChars, lines);
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    private static int wrap(String text, double widthInChars, List<String> out) {
        double room = Math.max(2, widthInChars - CELL_PADDING_CHARS);
        if (fitsOnOneLine(text, room)) {
            // Most cells (units, persons, numbers, short names): one pass, no tokens.
            if (out != null) {
                out.add(text.stripTrailing());
            }
            return 1;
        }
        int lines = 0;
        int start = 0;
        // Paragraphs end at \r\n, \r or \n; scanned by hand, this runs for every cell of a 10,000-item report.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines += wrapParagraph(text.substring(start, i), room, out);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines += wrapParagraph(start == 0 ? text : text.substring(start), room, out);
        return lines;
    }

    private static boolean fitsOnOneLine(String text, double room) {
        double width = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            if (codePoint == '\n' || codePoint == '\r') {
                return false;
            }
            width += isWide(codePoint) ? 2 : 1;
            if (width > room) {
                return false;
            }
        }
        return true;
    }

    private static int wrapParagraph(String paragraph, double room, List<String> out) {
        int lines = 1;
        double used = 0;
        int index = 0;
        StringBuilder line = out == null ? null : new StringBuilder();
        while (index < paragraph.length()) {
            int start = index;
            int end = endOfToken(paragraph, index);
            double width = widthOf(paragraph, index, end);
            boolean space = Character.isWhitespace(paragraph.codePointAt(index));
            index = end;
            if (used > 0 && used + width > room) {
                lines++;
                used = 0;
                flush(line, out);
                if (space) {
                    continue;
                }
            }
            while (width > room) {
                // A word longer than the column is broken wherever the line ends.
                int fits = start + (int) Math.floor(room);
                if (line != null) {
                    line.append(paragraph, start, Math.min(fits, end));
                    flush(line, out);
                }
                start = Math.min(fits, end);
                width -= room;
                lines++;
            }
            if (line != null) {
                line.append(paragraph, start, end);
            }
            used += width;
        }
        flush(line, out);
        return lines;
    }

    private static void flush(StringBuilder line, List<String> out) {
        if (line != null) {
            // A space the line ended with takes room in the count but is not drawn.
            out.add(line.toString().stripTrailing());
            line.setLength(0);
        }
    }

    /**
     * A token is one Chinese character, one space, or a run of other characters (a word), with the opening
     * marks before it and the closing marks after it: a line does not start with 。，、” or ）, nor end with “ or
     * （ (the usual rule of Chinese typesetting, which Excel and WPS follow too).
     */
    private static int endOfToken(String text, int start) {
        int end = start;
        while (end < text.length() && OPENING.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        if (end == text.length()) {
            return end;
        }
        int codePoint = text.codePointAt(end);
        end += Character.charCount(codePoint);
        if (Character.isWhitespace(codePoint)) {
            return end;
        }
        if (!isWide(codePoint)) {
            while (end < text.length()) {
                int next = text.codePointAt(end);
                if (isWide(next) || Character.isWhitespace(next)) {
                    break;
                }
                end += Character.charCount(next);
            }
        }
        while (end < text.length() && CLOSING.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }

    /** Marks that never start a line. */
    private static final String CLOSING = "。，、；：？！）」』”’》〉】〕…％,.;:?!)%";
    /** Marks that never end a line. */
    private static final String OPENING = "（「『“‘《〈【〔(";

    private static double widthOf(String text, int start, int end) {
        double width = 0;
        for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
            width += isWide(text.codePointAt(i)) ? 2 : 1;
        }
        return width;
    }

    /** Chinese characters, full-width forms, and the quotes and dashes Chinese fonts draw full width. */
    public static boolean isWide(int codePoint) {
        if (codePoint >= 0x2010 && codePoint <= 0x2027) {
            return true;
        }
        boolean halfWidthForm = codePoint >= 0xFF61 && codePoint <= 0xFFDC
                || codePoint >= 0xFFE8 && codePoint <= 0xFFEE;
        return codePoint >= 0x2E80 && codePoint <= 0xFFEF && !halfWidthForm
                || codePoint >= 0x20000 && codePoint <= 0x3FFFF;
    }
}
