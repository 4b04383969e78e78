package org.qiyouxiang.db.model;

/** The three kinds of work item of a year's work list (重点指标 / 重点任务 / 民生实事). */
public enum ItemKind {
    KEY_INDICATOR,
    KEY_TASK,
    LIVELIHOOD
}
