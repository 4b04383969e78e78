package org.qiyouxiang.app.service;

import java.util.List;
import org.qiyouxiang.app.core.report.IndicatorRate;
import org.qiyouxiang.app.core.report.ReportItem;
import org.qiyouxiang.app.core.report.Summary;

/**
 * What the dashboard charts for a year and quarter, from the same report data as the printed report:
 * status counts by area (a stacked bar per area), the lead units' ranking, the key indicators' 达标 rate,
 * the lagging items and the return tracker of the fill-in forms.
 */
public record Dashboard(int year, int quarter, List<Summary.AreaCounts> byArea, List<Summary.UnitRank> ranking,
                        IndicatorRate indicators, List<ReportItem> lagging, ReturnTracker returns) {

    public Dashboard {
        byArea = List.copyOf(byArea);
        ranking = List.copyOf(ranking);
        lagging = List.copyOf(lagging);
    }
}
