package org.qiyouxiang.db.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A major construction project (重大项目) with its investment in 亿元: the total, the plan of each year and
 * what was completed in each quarter (the quarter's own amount, not a running total).
 *
 * @param id         null for a project not yet stored
 * @param area       the area's name, or null
 * @param leadUnit   the lead unit's name, or null
 * @param plans      planned investment by year
 * @param completed  completed investment by year and quarter, keyed {@code year * 10 + quarter}
 */
public record MajorProject(Long id, String area, String name, String leadUnit, BigDecimal totalInvestment,
                           Integer startYear, Integer endYear, int sortOrder, Map<Integer, BigDecimal> plans,
                           Map<Integer, BigDecimal> completed) {

    public MajorProject {
        plans = Map.copyOf(plans);
        completed = Map.copyOf(completed);
    }

    public static int quarterKey(int year, int quarter) {
        return year * 10 + quarter;
    }

    /** What was completed in a quarter, or null when nothing was recorded. */
    public BigDecimal completedIn(int year, int quarter) {
        return completed.get(quarterKey(year, quarter));
    }
}
