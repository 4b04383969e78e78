package org.qiyouxiang.app.core.report;

import org.qiyouxiang.app.core.targets.Verdict;

/**
 * A key indicator of the year in the report: the target as written, the latest actual reported by the
 * report's quarter and its judgement.
 *
 * @param actualQuarter the quarter of that actual, null when none was reported
 */
public record IndicatorLine(String area, String number, String name, boolean core, String leadUnit, String target,
                            String actual, Integer actualQuarter, Verdict verdict, String reason) {
}
