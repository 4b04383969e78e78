package org.qiyouxiang.app.core;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts a document's title or file name gives: the year (2024年嵊泗县…工作清单) and the county
 * (嵊泗县公共服务“七优享”工程 …).
 */
public final class DocumentTitles {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[2-9]\\d)(?!\\d)\\s*年?");
    private static final Pattern COUNTY = Pattern.compile(
            "(?:年度?|^)\\s*([\\u4e00-\\u9fa5]{1,8}?[县市区旗])(?:公共服务|七优享|“七优享”|\"七优享\")");

    private DocumentTitles() {
    }

    /** The first year 2020–2099 written in the text, preferring one followed by 年. */
    public static OptionalInt year(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher m = YEAR.matcher(text);
        Integer first = null;
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group().endsWith("年")) {
                return OptionalInt.of(year);
            }
            if (first == null) {
                first = year;
            }
        }
        return first == null ? OptionalInt.empty() : OptionalInt.of(first);
    }

    /** The county (or city district) the title names, e.g. 嵊泗县. */
    public static Optional<String> county(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.replaceAll("\\s+", "");
        Matcher m = COUNTY.matcher(t);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
