package org.qiyouxiang.app.core;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quarter names as the documents write them (一季度 … 四季度, 第一季度, Q1, 1季度, 3月底, 4-6月). */
public final class Quarters {

    private static final String[] CHINESE_NUMERALS = {"一", "二", "三", "四"};

    /** 3月底, 6月末, 1-3月, 4—6月, 截至9月底: a header named by the quarter's months. */
    private static final Pattern MONTHS = Pattern.compile(
            "^(?:截至|截止)?(?:(\\d{1,2})[-—–~～至到])?(\\d{1,2})月(?:底|末|份)?$");

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
        String t = header.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        for (int q = 1; q <= 4; q++) {
            String cn = CHINESE_NUMERALS[q - 1];
            if (t.equals(cn + "季度") || t.equals("第" + cn + "季度") || t.equals(q + "季度")
                    || t.equals("第" + q + "季度") || t.equals("Q" + q) || t.equals(cn + "季")
                    || t.equals(cn + "季度末") || t.equals(cn + "季度底")) {
                return OptionalInt.of(q);
            }
        }
        return byQuarterEndMonth(t);
    }

    private static OptionalInt byQuarterEndMonth(String t) {
        Matcher m = MONTHS.matcher(t);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        int last = Integer.parseInt(m.group(2));
        if (last % 3 != 0 || last < 3 || last > 12) {
            return OptionalInt.empty();
        }
        if (m.group(1) != null && Integer.parseInt(m.group(1)) != last - 2) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(last / 3);
    }
}
