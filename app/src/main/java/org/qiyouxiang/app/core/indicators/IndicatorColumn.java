package org.qiyouxiang.app.core.indicators;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a column of an indicator table holds, recognised from its header words, with the synonyms
 * offices use in one place. Year columns (2022年, 2022年（基期）, 2024年目标值) are recognised apart.
 */
public enum IndicatorColumn {
    AREA("领域", "领域名称", "所属领域", "专项", "专项名称", "专项领域", "所属专项", "类别", "分类", "板块"),
    NUMBER("序号", "编号", "序"),
    NAME("指标", "指标名称", "主要指标", "具体指标", "指标内容", "指标项", "指标项目", "重点指标", "考核指标",
            "指标名称及单位", "监测指标"),
    /** The year's value of a key-indicator table. */
    VALUE("完成值", "目标值", "年度目标", "年度目标值", "目标", "指标值", "年度指标", "年度指标值", "计划值",
            "预期值", "年度完成值", "完成目标", "年度任务", "目标任务", "年度计划"),
    LEAD_UNIT("牵头单位", "责任单位", "牵头部门", "责任部门", "主办单位", "牵头责任单位", "承办单位", "牵头单位部门");

    private static final Pattern YEAR = Pattern.compile("20\\d\\d");
    /** Words that may stand beside the year in a year column's header. */
    private static final Pattern YEAR_WORDS = Pattern.compile(
            "年度|年|基期值|基期|目标值|目标|完成值|预期值|预期|底数|基数|现状值|现状|规划|计划值|指标值|[()（）]");

    private final List<String> words;

    IndicatorColumn(String... words) {
        this.words = List.of(words);
    }

    /** The role a header cell names, if any. Brackets and their content, spaces and * are ignored. */
    public static Optional<IndicatorColumn> recognise(String header) {
        String t = normalise(header);
        if (t.isEmpty() || yearOf(header).isPresent()) {
            return Optional.empty();
        }
        for (IndicatorColumn column : values()) {
            if (column.words.contains(t)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The year a year column's header names: 2022年, 2022, 2022年（基期）, 基期（2022年）, 2024年目标值. */
    public static OptionalInt yearOf(String header) {
        if (header == null) {
            return OptionalInt.empty();
        }
        String t = header.replaceAll("[\\s\\u3000*＊:：]+", "");
        Matcher m = YEAR.matcher(t);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        int year = Integer.parseInt(m.group());
        String rest = t.substring(0, m.start()) + t.substring(m.end());
        if (YEAR.matcher(rest).find() || !YEAR_WORDS.matcher(rest).replaceAll("").isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(year);
    }

    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        return header.replaceAll("[（(][^）)]*[）)]", "").replaceAll("[\\s\\u3000\\u00a0*＊:：]+", "");
    }
}
