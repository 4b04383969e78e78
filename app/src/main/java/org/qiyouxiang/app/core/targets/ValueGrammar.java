package org.qiyouxiang.app.core.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The grammar of a value: {@code [bound word] number [unit] [以上|以下] [(year)]}, alone or as
 * labelled parts. Works on normalised text ({@link TargetText}). Anything else is not a value;
 * the caller turns that into free text.
 */
final class ValueGrammar {

    /** Words before a number that set a bound. Chinese 以上/以下 and 不低于 include the number itself. */
    private static final Map<String, Relation> BOUND_WORDS = Map.ofEntries(
            Map.entry("<", Relation.LESS), Map.entry("≤", Relation.AT_MOST),
            Map.entry(">", Relation.GREATER), Map.entry("≥", Relation.AT_LEAST),
            Map.entry("不低于", Relation.AT_LEAST), Map.entry("不少于", Relation.AT_LEAST),
            Map.entry("不小于", Relation.AT_LEAST),
            Map.entry("不超过", Relation.AT_MOST), Map.entry("不高于", Relation.AT_MOST),
            Map.entry("不大于", Relation.AT_MOST), Map.entry("不多于", Relation.AT_MOST),
            Map.entry("低于", Relation.LESS), Map.entry("少于", Relation.LESS), Map.entry("小于", Relation.LESS),
            Map.entry("超过", Relation.GREATER), Map.entry("高于", Relation.GREATER),
            Map.entry("大于", Relation.GREATER), Map.entry("多于", Relation.GREATER));

    /**
     * Words that say "reach" or "keep at" without a bound: 达到95% reads like a bare 95%, and the
     * indicator decides the direction. With 以上/以下 after the number they become a bound.
     */
    private static final Set<String> REACH_WORDS = Set.of("达到", "达", "控制在", "保持在", "稳定在");

    private static final Map<String, Relation> BOUND_SUFFIXES = Map.of(
            "及以上", Relation.AT_LEAST, "以上", Relation.AT_LEAST,
            "及以下", Relation.AT_MOST, "以下", Relation.AT_MOST, "以内", Relation.AT_MOST);

    /** A sign is allowed: a growth rate or a change may be below zero (-2.5%, or with the minus sign −2.5%). */
    private static final String NUMBER = "[-−]?\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    private static final String BASE_UNITS = "人次|人|元|个|台|套|间|户|家|张|岁|项|所|名|次|幢|栋|座|处"
            + "|平方米|平米|㎡|m²|天|小时|辆|床|例|件|场|条|分|倍|公里|吨";
    private static final String UNIT = "%|‰|[万亿](?:" + BASE_UNITS + ")?|(?:" + BASE_UNITS + ")";
    private static final String VALUE = "(?<pre>" + alternatives(BOUND_WORDS.keySet(), REACH_WORDS) + ")?\\s*"
            + "(?<num>" + NUMBER + ")\\s*(?<unit>" + UNIT + ")?\\s*"
            + "(?<post>" + alternatives(BOUND_SUFFIXES.keySet(), Set.of()) + ")?\\s*"
            + "(?:\\((?<year>(?:19|20)\\d{2})年?\\))?";

    private static final Pattern SINGLE = Pattern.compile(VALUE);
    private static final Pattern PART = Pattern.compile("(?<label>[\\p{IsHan}“”\"《》]+?)\\s*:?\\s*" + VALUE);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,、;]*");

    private ValueGrammar() {
    }

    /** {@code 3.80}, {@code ≥85%}, {@code 90%以上}, {@code 80.82 (2021)}; empty when the text is more than one value. */
    static Optional<Meaning> single(String text) {
        Matcher m = SINGLE.matcher(text);
        return m.matches() ? meaningOf(m) : Optional.empty();
    }

    /** At least two labelled parts covering the whole text: {@code 职工85% 城乡居民70%}, {@code 职工86、城乡居民70}. */
    static Optional<Meaning> parts(String text) {
        List<Meaning.Part> parts = new ArrayList<>();
        Matcher m = PART.matcher(text);
        int at = skipSeparators(text, 0);
        while (at < text.length()) {
            m.region(at, text.length());
            if (!m.lookingAt() || !isLabel(m.group("label"))) {
                return Optional.empty();
            }
            Optional<Meaning> value = meaningOf(m);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            parts.add(new Meaning.Part(m.group("label"), value.get()));
            at = skipSeparators(text, m.end());
        }
        Set<String> labels = new HashSet<>();
        boolean distinct = parts.stream().allMatch(p -> labels.add(p.label()));
        return parts.size() >= 2 && distinct ? Optional.of(new Meaning.Parts(parts)) : Optional.empty();
    }

    private static Optional<Meaning> meaningOf(Matcher m) {
        String pre = m.group("pre");
        String post = m.group("post");
        if (pre != null && BOUND_WORDS.containsKey(pre) && post != null) {
            // "不低于85%以上" says the bound twice; rather a person reads it than we guess
            return Optional.empty();
        }
        Quantity quantity = new Quantity(number(m.group("num")), m.group("unit") == null ? "" : m.group("unit"));
        Meaning value;
        if (post != null) {
            value = new Meaning.Comparison(BOUND_SUFFIXES.get(post), quantity);
        } else if (pre != null && BOUND_WORDS.containsKey(pre)) {
            value = new Meaning.Comparison(BOUND_WORDS.get(pre), quantity);
        } else {
            value = new Meaning.Reach(quantity);
        }
        String year = m.group("year");
        return Optional.of(year == null ? value : new Meaning.WithYear(value, Integer.parseInt(year)));
    }

    /** A label is a name, not a bound word cut in two: "不低于85%" is no part labelled 不. */
    private static boolean isLabel(String label) {
        return !label.endsWith("不") && !BOUND_WORDS.containsKey(label) && !REACH_WORDS.contains(label);
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(",", "").replace('−', '-'));
    }

    private static int skipSeparators(String text, int from) {
        Matcher m = SEPARATORS.matcher(text);
        m.region(from, text.length());
        return m.lookingAt() ? m.end() : from;
    }

    /** A regex alternation, longest first so 不低于 wins over 低于 and 达到 over 达. */
    private static String alternatives(Set<String> words, Set<String> more) {
        return Stream.concat(words.stream(), more.stream())
                .sorted(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
