package org.qiyouxiang.app.core.gantt;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps milestone texts, names and units into lines of a given width, the way Chinese is set: a line
 * may break between any two ideographs, Latin words and numbers ("26.25%", "1+1+X") stay whole where
 * they can, a line does not start with closing punctuation (，。、）” …) nor end with opening
 * punctuation (（“《). The chart sizes its rows and draws its text with the same breaks, so text
 * always fits the row it was measured for. Texts longer than {@code maxLines} end in "…".
 */
public final class LineBreaker {

    public static final String ELLIPSIS = "…";
    private static final boolean[] NO_LINE_START = table("，。、；：？！）》」』〉】”’…%‰,.;:?!)]}·—～");
    private static final boolean[] NO_LINE_END = table("（《「『〈【“‘([{");

    private LineBreaker() {
    }

    /** The lines of {@code text} within {@code width}, at most {@code maxLines} (the last then ends in …). */
    public static List<String> wrap(String text, double width, GlyphWidths glyphs, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank() || maxLines < 1) {
            return lines;
        }
        String normalised = normalise(text);
        int start = 0;
        while (start <= normalised.length() && lines.size() < maxLines) {
            int end = lineEnd(normalised, start, width, glyphs);
            String line = normalised.substring(start, end).stripTrailing();
            int next = skipBreak(normalised, end);
            boolean more = next < normalised.length();
            if (lines.size() == maxLines - 1 && more) {
                lines.add(cut(line, width, glyphs));
                return lines;
            }
            lines.add(line);
            if (!more) {
                break;
            }
            start = next;
        }
        return lines;
    }

    /** How many lines {@link #wrap} gives; at least 1 for a text with anything in it. Rows are sized with it. */
    public static int count(String text, double width, GlyphWidths glyphs, int maxLines) {
        if (text == null || text.isBlank() || maxLines < 1) {
            return 0;
        }
        String normalised = normalise(text);
        int lines = 0;
        int start = 0;
        while (lines < maxLines) {
            int end = lineEnd(normalised, start, width, glyphs);
            lines++;
            int next = skipBreak(normalised, end);
            if (next >= normalised.length()) {
                break;
            }
            start = next;
        }
        return lines;
    }

    /** Line ends as \n, no white space around: most texts are already so and are not copied. */
    private static String normalise(String text) {
        String t = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
        boolean trimmed = !Character.isWhitespace(t.charAt(0)) && !Character.isWhitespace(t.charAt(t.length() - 1));
        return trimmed ? t : t.strip();
    }

    private static boolean[] table(String marks) {
        boolean[] table = new boolean[0x10000];
        marks.chars().forEach(c -> table[c] = true);
        return table;
    }

    private static boolean in(boolean[] table, int cp) {
        return cp < table.length && table[cp];
    }

    /** The width of a text on one line. */
    public static double width(String text, GlyphWidths glyphs) {
        double total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            total += glyphs.advance(cp);
            i += Character.charCount(cp);
        }
        return total;
    }

    /** The text as it is when it fits on one line, else cut with a trailing …. */
    public static String fit(String text, double width, GlyphWidths glyphs) {
        return width(text, glyphs) <= width ? text : cut(text, width, glyphs);
    }

    /** The longest start of the text that fits {@code width} together with a trailing …. */
    private static String cut(String text, double width, GlyphWidths glyphs) {
        double room = width - width(ELLIPSIS, glyphs);
        double used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (used + glyphs.advance(cp) > room) {
                break;
            }
            used += glyphs.advance(cp);
            i += Character.charCount(cp);
        }
        return text.substring(0, i).stripTrailing() + ELLIPSIS;
    }

    /** Where the line starting at {@code start} ends (exclusive): at a newline, a break opportunity, or by force. */
    private static int lineEnd(String text, int start, double width, GlyphWidths glyphs) {
        double used = 0;
        int lastBreak = -1;
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                return i;
            }
            int next = i + Character.charCount(cp);
            if (i > start && canBreakBefore(text, i)) {
                lastBreak = i;
            }
            double advance = glyphs.advance(cp);
            if (used + advance > width && i > start && !Character.isWhitespace(cp)) {
                return lastBreak > start ? lastBreak : i;
            }
            used += advance;
            i = next;
        }
        return text.length();
    }

    private static int skipBreak(String text, int end) {
        int i = end;
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** May a line break before the character at {@code i}? */
    private static boolean canBreakBefore(String text, int i) {
        int cp = text.codePointAt(i);
        int previous = text.codePointBefore(i);
        if (in(NO_LINE_START, cp) || in(NO_LINE_END, previous)) {
            return false;
        }
        if (previous == ' ' || previous == '\t') {
            return true;
        }
        return isWide(cp) || isWide(previous);
    }

    /** Ideographs, kana and full-width forms and marks: a line may break on either side of them. */
    static boolean isWide(int cp) {
        if (cp < 0x2000) {
            return false;
        }
        return cp >= 0x4E00 && cp <= 0x9FFF          // CJK unified ideographs
                || cp >= 0x3000 && cp <= 0x30FF       // CJK symbols and punctuation, hiragana, katakana
                || cp >= 0xFF00 && cp <= 0xFFEF       // half-width and full-width forms
                || cp >= 0x3400 && cp <= 0x4DBF       // extension A
                || cp >= 0xF900 && cp <= 0xFAFF       // compatibility ideographs
                || cp >= 0x20000 && cp <= 0x3FFFF     // extensions B and later
                || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '…' || cp == '—';
    }
}
