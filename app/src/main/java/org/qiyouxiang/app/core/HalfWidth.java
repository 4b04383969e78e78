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

    public static String of(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                chars[i] = (char) (c - FULL_WIDTH_OFFSET);
            } else if (c == '\u3000' || c == '\u00A0') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
