package org.qiyouxiang.app.service;

import java.util.Optional;
import org.qiyouxiang.app.core.report.IndicatorRate;
import org.qiyouxiang.app.core.report.QuarterReport;

/** The dashboard's data: the quarter's report seen as counts, ranks and rates, plus the form tracker. */
public final class DashboardService {

    private final ReportService reports;
    private final FormService forms;

    public DashboardService(ReportService reports, FormService forms) {
        this.reports = reports;
        this.forms = forms;
    }

    /** Empty when the year's work list is not stored. */
    public Optional<Dashboard> dashboard(int year, int quarter) {
        return reports.report(year, quarter).map(r -> of(r, forms.tracker(year, quarter)));
    }

    static Dashboard of(QuarterReport report, ReturnTracker tracker) {
        return new Dashboard(report.heading().year(), report.heading().quarter(), report.summary().areas(),
                report.summary().units(), IndicatorRate.of(report.indicators()), report.lagging(), tracker);
    }
}
