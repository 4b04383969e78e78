package org.qiyouxiang.app.core.targets;

import java.util.regex.Pattern;

/**
 * Brings the many ways a cell can be typed to one form for reading its meaning; the original
 * text is kept elsewhere. Full-width digits and signs become ASCII ({@code ８５％} → {@code 85%}),
 * {@code ≦ <=} become {@code ≤}, and white space that a PDF or a narrow Excel column put between
 * Chinese characters goes ({@code 全 覆\n盖} → {@code 全覆盖}).
 */
final class TargetText {

    private static final Pattern GAP_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s。.;,、!:]+$");
    /** Words some tables put before the number: 年度指标2.6, 年度目标值：4.12. */
    private static final Pattern TARGET_PREFIX = Pattern.compile("^(?:年度目标值|年度指标值|年度指标|年度目标|目标值)\\s*:?\\s*");

    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private TargetText() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder ascii = new StringBuilder(text.length());
        text.codePoints().forEach(c -> appendHalfWidth(ascii, c));
        String s = ascii.toString()
                .replace("<=", "≤").replace("≦", "≤").replace("⩽", "≤")
                .replace(">=", "≥").replace("≧", "≥").replace("⩾", "≥");
        s = GAP_BETWEEN_HAN.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return TRAILING_PUNCTUATION.matcher(s).replaceAll("");
    }

    /** The text without all white space, for comparing words: {@code 已 完成} → {@code 已完成}. */
    static String compact(String normalised) {
        return SPACES.matcher(normalised).replaceAll("");
    }

    static String withoutTargetPrefix(String normalised) {
        return TARGET_PREFIX.matcher(normalised).replaceFirst("");
    }

    private static void appendHalfWidth(StringBuilder out, int c) {
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            out.append((char) (c - FULL_WIDTH_OFFSET));
        } else if (c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A')) {
            out.append(' ');
        } else if (c != '\u200B' && c != '\uFEFF') {
            out.appendCodePoint(c);
        }
    }
}
