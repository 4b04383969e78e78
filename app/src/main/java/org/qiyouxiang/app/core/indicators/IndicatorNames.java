package org.qiyouxiang.app.core.indicators;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads indicator names as the documents write them, and tells when two spellings name the same
 * indicator. {@code *0—3岁儿童发育监测筛查率（%）} in one table and {@code 0-3岁儿童发育监测筛查率(%)} in
 * another are one indicator: the match ignores the core mark, full or half width, white space, the
 * kind of dash, quotes and the unit bracket. Nothing else is ignored: 国家 and 全国 stay different words.
 */
public final class IndicatorNames {

    public static final String CORE_MARK = "*";

    private static final Pattern CORE_MARKS = Pattern.compile("^[\\s*＊※★]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0\\u200b\\ufeff]+");
    private static final Pattern DASHES = Pattern.compile("[\\-‐‑‒–—―−─~～〜]+");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。.,，;；:：、]+$");
    /** Words that open a bracket of explanation, not of a unit: (含大病保险), (不含…), (其中…). */
    private static final List<String> NOT_A_UNIT = List.of("含", "不含", "包括", "包含", "其中", "按", "以", "注", "指");
    private static final int MAX_UNIT_LENGTH = 6;

    private IndicatorNames() {
    }

    /** Reads a name cell: its core mark, its name as written and its unit. */
    public static IndicatorName parse(String written) {
        String text = written == null ? "" : written.strip();
        var mark = CORE_MARKS.matcher(text);
        boolean core = mark.find() && mark.group().chars().anyMatch(c -> !Character.isWhitespace(c));
        String name = core ? text.substring(mark.end()).strip() : text;
        return new IndicatorName(text, core, name, unitOf(name), key(name));
    }

    /**
     * The unit of measure in a name's trailing bracket, half width: {@code (个)} → 个, {@code （％）} → %,
     * {@code (套(间))} → 套(间). A bracket of explanation ({@code (含大病保险)}) or a year is no unit.
     */
    public static String unitOf(String name) {
        String bracket = trailingBracket(halfWidth(name == null ? "" : name.strip()));
        if (bracket == null) {
            return null;
        }
        String unit = SPACES.matcher(bracket).replaceAll("");
        boolean explains = NOT_A_UNIT.stream().anyMatch(unit::startsWith);
        if (unit.isEmpty() || explains || unit.codePointCount(0, unit.length()) > MAX_UNIT_LENGTH
                || unit.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        return unit;
    }

    /** The name reduced for matching: the same for every spelling of one indicator. */
    public static String key(String name) {
        String t = halfWidth(name == null ? "" : name);
        t = CORE_MARKS.matcher(t.strip()).replaceFirst("");
        t = SPACES.matcher(t).replaceAll("");
        t = QUOTES.matcher(t).replaceAll("");
        t = DASHES.matcher(t).replaceAll("-");
        t = t.replace('〈', '(').replace('〉', ')').replace('【', '(').replace('】', ')')
                .replace('[', '(').replace(']', ')').replace('・', '·').replace('•', '·');
        t = TRAILING_PUNCTUATION.matcher(t).replaceAll("");
        if (unitOf(t) != null) {
            t = t.substring(0, openingOfTrailingBracket(t));
        }
        return t.toLowerCase(Locale.ROOT);
    }

    /** Full-width letters, digits, signs and brackets as ASCII; the ideographic space as a space. */
    static String halfWidth(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** The text inside a bracket that ends the string, brackets nested inside it kept; null when none. */
    private static String trailingBracket(String text) {
        int open = openingOfTrailingBracket(text);
        return open < 0 ? null : text.substring(open + 1, text.length() - 1);
    }

    private static int openingOfTrailingBracket(String text) {
        if (!text.endsWith(")")) {
            return -1;
        }
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                // A bracket that is the whole name is the name, not a unit.
                return i == 0 ? -1 : i;
            }
        }
        return -1;
    }
}
