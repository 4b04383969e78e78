package org.qiyouxiang.app.core.search;

import java.util.Locale;

/**
 * Every reading of a character without tones, from pinyin4j's table: 行 → xing, hang; 绿 → lv, lu (ü typed
 * as v or u). Letters and digits read as themselves, lower case. Readings are looked up once per character
 * and kept in tables indexed by the character, so matching reads arrays, not maps.
 * {@link #learn(CharSequence)} fills the tables (under a lock); readers then see them through the
 * hand-over from the thread that built the index.
 */
final class Pinyin {

    private static final String[] NONE = new String[0];
    private static final String[][] READINGS = new String[Character.MAX_VALUE + 1][];
    /** Per character, a bit per letter a reading starts with (bit 0 = a). */
    private static final int[] FIRST_LETTERS = new int[Character.MAX_VALUE + 1];

    private Pinyin() {
    }

    static synchronized void learn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (READINGS[c] == null) {
                String[] readings = lookUp(c);
                int mask = 0;
                for (String r : readings) {
                    mask |= letterBit(r.charAt(0));
                }
                FIRST_LETTERS[c] = mask;
                READINGS[c] = readings;
            }
        }
    }

    static String[] readings(char c) {
        String[] r = READINGS[c];
        return r == null ? NONE : r;
    }

    static int firstLetters(char c) {
        return FIRST_LETTERS[c];
    }

    static int letterBit(char c) {
        return c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 0;
    }

    private static String[] lookUp(char c) {
        if (c < 128) {
            return Character.isLetterOrDigit(c) ? new String[] {String.valueOf(c).toLowerCase(Locale.ROOT)} : NONE;
        }
        return ReadingTable.readings(c);
    }
}
