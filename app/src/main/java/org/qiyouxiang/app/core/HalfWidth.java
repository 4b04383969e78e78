package org.qiyouxiang.app.core;

/**
 * Full-width digits, letters and signs as ASCII ({@code ７０．５％} → {@code 70.5%}), the ideographic space as
 * a space, every character kept at its place: positions found in the result are positions in the original.
 */
public final class HalfWidth {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private HalfWidth() {
    }

    /** The text itself when it has nothing to change: a search index of every text keeps no second copy. */
    public static String of(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char half = c;
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                half = (char) (c - FULL_WIDTH_OFFSET);
            } else if (c == '\u3000' || c == '\u00A0') {
                half = ' ';
            }
            if (half != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = half;
            }
        }
        return chars == null ? text : new String(chars);
    }
}
