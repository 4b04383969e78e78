package org.qiyouxiang.app.core.worklist;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.qiyouxiang.app.core.Quarters;

/**
 * What a column of a work-list table holds, recognised from its header words. Offices rename
 * headers freely (类型 / 类别, 工作时序 / 时间节点, 责任人 / 联系人), so each role has its synonyms here,
 * in one place.
 */
public enum WorkListColumn {
    AREA("专项名称", "专项", "领域", "领域名称", "所属领域", "所属专项", "专项领域", "板块"),
    NUMBER("序号", "编号", "序"),
    KIND("类型", "类别", "分类", "事项类型", "项目类型", "事项类别"),
    NAME("名称", "事项名称", "工作名称", "任务名称", "项目名称", "指标名称", "工作任务", "工作事项", "重点工作",
            "具体事项", "主要任务", "事项", "工作内容", "任务内容", "目标任务"),
    /** The group header over the quarter columns, or a single column of the whole year's schedule. */
    SCHEDULE("工作时序", "时间节点", "进度安排", "工作进度", "时序安排", "推进计划", "节点安排", "计划进度",
            "季度目标", "时序进度", "工作节点", "进度计划", "时间进度"),
    QUARTER,
    UNITS("牵头单位", "责任单位", "主办单位", "牵头部门", "责任部门", "牵头责任单位", "承办单位"),
    PERSONS("责任人", "联系人", "负责人", "具体负责人", "经办人", "联络员", "责任领导");

    private final List<String> words;

    WorkListColumn(String... words) {
        this.words = List.of(words);
    }

    /** The role a header cell names, if any. Brackets, spaces and line breaks are ignored. */
    public static Optional<WorkListColumn> recognise(String header) {
        String t = normalise(header);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (Quarters.recognise(t).isPresent()) {
            return Optional.of(QUARTER);
        }
        for (WorkListColumn column : values()) {
            if (column.words.contains(t)) {
                return Optional.of(column);
            }
        }
        // Longer variants such as 牵头单位（部门） or 工作时序安排: containment of a word of three or more characters.
        for (WorkListColumn column : values()) {
            for (String word : column.words) {
                if (word.length() >= 3 && t.contains(word)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a KIND header is one of the words offices also use for the area (类别, 分类): such a column is
     * the area when the same header also has a 类型 column.
     */
    public static boolean isCategory(String header) {
        String t = normalise(header);
        return t.equals("类别") || t.equals("分类");
    }

    /** The quarter a QUARTER header names. */
    public static OptionalInt quarterOf(String header) {
        return Quarters.recognise(normalise(header));
    }

    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        return header.replaceAll("[（(][^）)]*[）)]", "")
                .replaceAll("[\\s\\u3000\\u00a0*＊:：]+", "")
                .toUpperCase(Locale.ROOT);
    }
}
