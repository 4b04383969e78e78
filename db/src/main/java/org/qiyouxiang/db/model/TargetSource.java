package org.qiyouxiang.db.model;

/**
 * Which table a target came from: the programme's five-year table (五年目标, one value per year) or a
 * year's key-indicator table (重点指标, the year's value). A KEY target outranks the FIVE_YEAR one of its year.
 */
public enum TargetSource {
    FIVE_YEAR,
    KEY
}
