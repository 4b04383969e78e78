package org.qiyouxiang.app.service;

import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.TableKind;

/**
 * What an indicator-table import stored.
 *
 * @param year         the year of a key-indicator table; null for the five-year table
 * @param created      indicators new to the programme
 * @param matched      indicators already stored, merged with the table's row
 * @param linkedItems  work-list key-indicator items linked to their indicator by this import
 */
public record IndicatorImportResult(TableKind kind, Integer year, int areaCount, int indicatorCount, int created,
                                    int matched, int linkedItems, boolean replaced) {

    /** 导入 2024 年重点指标：9 个领域，28 个指标（新增 21 个，与已有指标合并 7 个） */
    public String summary() {
        String text = kind == TableKind.FIVE_YEAR_TARGETS
                ? Messages.get("import.indicators.summary.fiveYear", areaCount, indicatorCount, created, matched)
                : Messages.get("import.indicators.summary.key", String.valueOf(year), areaCount, indicatorCount,
                        created, matched);
        return linkedItems == 0 ? text : text + Messages.get("import.indicators.summary.linked", linkedItems);
    }
}
