package org.qiyouxiang.app.core;

/** The three tables the office imports, told apart by their headers. */
public enum TableKind {
    /** 工作清单: areas, kinds, items with a milestone per quarter. */
    WORK_LIST,
    /** 五年目标: 领域, 序号, 指标, 2022年 … 2027年, the first year the baseline. */
    FIVE_YEAR_TARGETS,
    /** 重点指标 of a year: 领域, 序号, 指标, 完成值 (or 目标值), 牵头单位. */
    KEY_INDICATORS,
    /** 填报表 a lead unit filled in and sent back: rows with hidden keys, the five fill-in columns. */
    RETURNED_FORM
}
