package org.qiyouxiang.db.model;

/** A work item's status in a quarter: 已完成, 推进中, 滞后, 未开始, 无计划. */
public enum Status {
    DONE,
    ON_TRACK,
    LAGGING,
    NOT_DUE,
    NO_PLAN
}
