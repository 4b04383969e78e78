package org.qiyouxiang.app.core;

import java.util.OptionalInt;

/** Quarter names as the documents write them (一季度 … 四季度, 第一季度, Q1, 1季度). */
public final class Quarters {

    private static final String[] CHINESE_NUMERALS = {"一", "二", "三", "四"};

    private Quarters() {
    }

    /** 一季度 */
    public static String label(int quarter) {
        return Messages.get("quarter." + quarter);
    }

    /** The quarter a header cell names, if it names one. */
    public static OptionalInt recognise(String header) {
        if (header == null) {
            return OptionalInt.empty();
        }
        String t = header.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        for (int q = 1; q <= 4; q++) {
            String cn = CHINESE_NUMERALS[q - 1];
            if (t.equals(cn + "季度") || t.equals("第" + cn + "季度") || t.equals(q + "季度")
                    || t.equals("第" + q + "季度") || t.equals("Q" + q) || t.equals(cn + "季")) {
                return OptionalInt.of(q);
            }
        }
        return OptionalInt.empty();
    }
}
