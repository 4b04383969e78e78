package org.qiyouxiang.app.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.qiyouxiang.app.core.HalfWidth;
import org.qiyouxiang.app.core.targets.Relation;

/**
 * Finds the numbers a milestone or a progress report can be measured by: {@code 实施进度 70%},
 * {@code 累计开展职业教育培训 50 人次}, {@code 完成率达到60%}, {@code 覆盖率不低于8.75%}, {@code 超22家}.
 * Numbers that only describe are left out: dates and years (10 月底, 2024 年, 6月30日前), ages and
 * durations (0-3岁, 24小时, 15分钟), list markers (1. 2. （1）), ordinals (第3批), rates per head
 * (每10万人), numbers inside quotes or titles (“5+X”, “99公益日”, 《…》), ranges, enumerations
 * ({@code 等4项}) and thresholds of a scope ({@code 5万元以上部分}). Pure, and never throws.
 */
public final class MilestoneNumbers {

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?![\\d.])|\\d+(?:\\.\\d+)?";
    private static final Pattern NUMBERS = Pattern.compile("(?<![\\d.,])(?:" + NUMBER + ")");

    private static final String BASE_UNITS = "人次|人|名|元|个|台|套|间|户|家|张|项|所|场次|次|幢|栋|座|处|平方米|平米|㎡"
            + "|辆|床|例|件|场|条|倍|公里|千米|米|吨|批|期|班|份|支|队|篇|课时|学时|本|册|株|亩|天";
    private static final Pattern UNIT = Pattern.compile("%|‰|[万亿](?:" + BASE_UNITS + ")?|(?:" + BASE_UNITS + ")");

    /** After a number, words that make it a date, an age or a duration, or a name. */
    private static final Pattern DESCRIBING = Pattern.compile(
            "^(?:年|月|日|号|周岁|岁|小时|时|分钟|秒|季度|周年|\\+|点|级|星|A级|号线)");
    /** How far before a number the words that qualify it are looked for. */
    private static final int NEAR = 12;
    private static final Pattern RANGE_END = Pattern.compile("\\d\\s*[-—–~～至到]\\s*$");
    private static final Pattern RANGE_SIGN = Pattern.compile("^\\s*[-—–~～至到]\\s*\\d");
    private static final Pattern SCOPE_THRESHOLD = Pattern.compile("^\\s*(?:及)?(?:以上|以下)部分");
    private static final Pattern LIST_MARK_AFTER = Pattern.compile("^[.、)](?!\\d)");

    private static final Map<String, Relation> BOUND_WORDS = Map.ofEntries(
            Map.entry("不低于", Relation.AT_LEAST), Map.entry("不少于", Relation.AT_LEAST),
            Map.entry("不小于", Relation.AT_LEAST), Map.entry("至少", Relation.AT_LEAST),
            Map.entry("不超过", Relation.AT_MOST), Map.entry("不高于", Relation.AT_MOST),
            Map.entry("不大于", Relation.AT_MOST), Map.entry("不多于", Relation.AT_MOST),
            Map.entry("低于", Relation.LESS), Map.entry("少于", Relation.LESS), Map.entry("小于", Relation.LESS),
            Map.entry("超过", Relation.GREATER), Map.entry("高于", Relation.GREATER),
            Map.entry("大于", Relation.GREATER), Map.entry("多于", Relation.GREATER), Map.entry("超", Relation.GREATER),
            Map.entry("≥", Relation.AT_LEAST), Map.entry(">=", Relation.AT_LEAST), Map.entry(">", Relation.GREATER),
            Map.entry("≤", Relation.AT_MOST), Map.entry("<=", Relation.AT_MOST), Map.entry("<", Relation.LESS));
    private static final List<String> BOUND_WORDS_LONGEST_FIRST = BOUND_WORDS.keySet().stream()
            .sorted(Comparator.comparing(String::length).reversed()).toList();
    private static final Pattern BOUND_SUFFIX = Pattern.compile("^\\s*(及以上|以上|及以下|以下|以内)");
    private static final Map<String, Relation> SUFFIX_RELATIONS = Map.of(
            "及以上", Relation.AT_LEAST, "以上", Relation.AT_LEAST,
            "及以下", Relation.AT_MOST, "以下", Relation.AT_MOST, "以内", Relation.AT_MOST);

    /** Words before a number that do not describe it: 第3批, 每10万人, 等4项, 前3名. */
    private static final Pattern NOT_A_QUANTITY_BEFORE = Pattern.compile("(?:第|每|等|前)\\s*$");
    /** A percentage of completion: 实施进度 70%, 完成率达到60%, 完成新增计划数量的 100%, 100%完成. */
    private static final Pattern PROGRESS_BEFORE = Pattern.compile("进度|完成率|完成[^。；;，,]*的\\s*$");
    private static final Pattern CLAUSE_END = Pattern.compile("[。；;，,：:\\n!！?？]");

    private MilestoneNumbers() {
    }

    /** The measurable numbers of a text, in the order written; empty for null or blank text. */
    public static List<Figure> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String s = HalfWidth.of(text);
        boolean[] quoted = quoted(s);
        List<Figure> figures = new ArrayList<>();
        Matcher m = NUMBERS.matcher(s);
        while (m.find()) {
            if (!quoted[m.start()]) {
                Figure f = figureAt(s, m.start(), m.end());
                if (f != null) {
                    figures.add(f);
                }
            }
        }
        return List.copyOf(figures);
    }

    /** The figures of a text as a compact spelling for specifications: {@code ≥20个 累计 | 70% 进度}, or —. */
    public static String notation(String text) {
        List<Figure> figures = read(text);
        return figures.isEmpty() ? "—" : figures.stream().map(Figure::notation).collect(Collectors.joining(" | "));
    }

    private static Figure figureAt(String s, int start, int end) {
        String before = s.substring(0, start);
        String near = s.substring(Math.max(0, start - NEAR), start);
        String after = s.substring(end);
        if (isListMarker(before, after) || NOT_A_QUANTITY_BEFORE.matcher(near).find()
                || RANGE_END.matcher(near).find() || RANGE_SIGN.matcher(after).find()) {
            return null;
        }
        String afterSpaces = after.stripLeading();
        if (DESCRIBING.matcher(afterSpaces).find()) {
            return null;
        }
        Matcher unit = UNIT.matcher(afterSpaces);
        String unitText = unit.lookingAt() ? unit.group() : "";
        String rest = afterSpaces.substring(unitText.length());
        if (SCOPE_THRESHOLD.matcher(rest).find() || (unitText.isEmpty() && looksLikeYear(s, start, end))) {
            return null;
        }
        Relation relation = boundBefore(near);
        Matcher suffix = BOUND_SUFFIX.matcher(rest);
        int figureEnd = end + (after.length() - afterSpaces.length()) + unitText.length();
        if (suffix.find()) {
            relation = relation != null ? relation : SUFFIX_RELATIONS.get(suffix.group(1));
        }
        String clause = clauseBefore(before);
        boolean cumulative = clause.contains("累计");
        boolean progress = unitText.equals(Figure.PERCENT)
                && (PROGRESS_BEFORE.matcher(clause).find() || rest.stripLeading().startsWith("完成"));
        return new Figure(number(s.substring(start, end)), unitText, relation, cumulative, progress, start, figureEnd);
    }

    /** 1. 2、 (1) at the start of a clause: the number of an entry in a list. */
    private static boolean isListMarker(String before, String after) {
        String trimmed = before.stripTrailing();
        if (trimmed.endsWith("(")) {
            return after.startsWith(")");
        }
        boolean clauseStart = trimmed.isEmpty() || CLAUSE_END.matcher(trimmed.substring(trimmed.length() - 1)).matches();
        return clauseStart && LIST_MARK_AFTER.matcher(after).find();
    }

    private static boolean looksLikeYear(String s, int start, int end) {
        if (end - start != 4 || !s.substring(start, end).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int n = Integer.parseInt(s.substring(start, end));
        return n >= 1949 && n <= 2100;
    }

    private static Relation boundBefore(String before) {
        String trimmed = before.stripTrailing();
        for (String word : BOUND_WORDS_LONGEST_FIRST) {
            if (trimmed.endsWith(word)) {
                return BOUND_WORDS.get(word);
            }
        }
        return null;
    }

    private static String clauseBefore(String before) {
        int from = 0;
        Matcher m = CLAUSE_END.matcher(before);
        while (m.find()) {
            from = m.end();
        }
        return before.substring(from);
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    /** Marks the characters between quotes and title marks: “5+X”, 《…》, 「…」. */
    private static boolean[] quoted(String s) {
        boolean[] inside = new boolean[s.length()];
        char close = 0;
        boolean straight = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (close != 0) {
                inside[i] = true;
                if (c == close) {
                    close = 0;
                }
            } else if (c == '“') {
                close = '”';
            } else if (c == '《') {
                close = '》';
            } else if (c == '「') {
                close = '」';
            } else if (c == '‘') {
                close = '’';
            } else if (c == '"') {
                straight = !straight;
            } else if (straight) {
                inside[i] = true;
            }
        }
        return inside;
    }
}
