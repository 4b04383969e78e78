package org.qiyouxiang.app.service;

import java.math.BigDecimal;
import java.util.List;
import org.qiyouxiang.app.core.targets.Verdict;

/**
 * An indicator over the programme's years, for a chart: the baseline year first (its value is the
 * baseline, shown as the actual), then every programme year with its target and latest actual.
 */
public record IndicatorSeries(long indicatorId, String name, String unit, List<Point> points) {

    public IndicatorSeries {
        points = List.copyOf(points);
    }

    /**
     * One year.
     *
     * @param baseline     true for the baseline year, whose {@code actualText} is the baseline and which has no target
     * @param targetText   the target that counts, as written ("" when none)
     * @param targetNumber the number to draw it at ({@code <5} → 5), or null when it has none (全覆盖, two parts)
     * @param actualText   the latest actual as written ("" when none reported)
     * @param actualNumber its number, or null
     * @param verdict      the actual judged against the target; null for the baseline year
     */
    public record Point(int year, boolean baseline, String targetText, BigDecimal targetNumber, String actualText,
                        BigDecimal actualNumber, Verdict verdict) {
    }
}
