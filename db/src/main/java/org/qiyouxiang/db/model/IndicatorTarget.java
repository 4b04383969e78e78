package org.qiyouxiang.db.model;

/** The target of an indicator in a year from one table, exactly as written ("<5", "3.80", "", "全覆盖"). */
public record IndicatorTarget(long indicatorId, int year, TargetSource source, String text) {
}
