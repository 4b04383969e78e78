package org.qiyouxiang.app.core.report;

import java.math.BigDecimal;

/**
 * A major project in the report (亿元): total investment, the year's plan, what was completed in the
 * quarter and in the year so far, and that over the plan.
 *
 * @param years      建设年限 as 2023—2025, or ""
 * @param rate       cumulative over plan as a ratio, null without a plan
 */
public record ProjectLine(String name, String area, String leadUnit, BigDecimal total, String years,
                          BigDecimal plan, BigDecimal quarter, BigDecimal cumulative, BigDecimal rate) {
}
