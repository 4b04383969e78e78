package org.qiyouxiang.app.core.report;

import java.util.List;

/**
 * The quarterly report (季度进展情况) of a year and quarter, made once from the stored data and rendered
 * alike to Excel, to printed pages and to PDF: every item's progress in the work list's order, the key
 * indicators, the summary and ranking, the lagging items, and the major projects where there are any.
 *
 * @param checks what the clerk should look at before sending it (an item and its indicator that disagree,
 *               {@link IndicatorConsistency}); told with the export, never printed: the layout is official
 */
public record QuarterReport(ReportHeading heading, List<ReportItem> items, List<IndicatorLine> indicators,
                            Summary summary, List<ProjectLine> projects, List<String> checks) {

    public QuarterReport {
        items = List.copyOf(items);
        indicators = List.copyOf(indicators);
        projects = List.copyOf(projects);
        checks = List.copyOf(checks);
    }

    /** A report with nothing for the clerk to check. */
    public QuarterReport(ReportHeading heading, List<ReportItem> items, List<IndicatorLine> indicators,
                         Summary summary, List<ProjectLine> projects) {
        this(heading, items, indicators, summary, projects, List.of());
    }

    /** Part 4: the lagging items, in the list's order. */
    public List<ReportItem> lagging() {
        return items.stream().filter(ReportItem::lagging).toList();
    }

    /** The parts this report has: major projects only where the programme has any. */
    public List<Part> parts() {
        return projects.isEmpty()
                ? List.of(Part.PROGRESS, Part.INDICATORS, Part.SUMMARY, Part.LAGGING)
                : List.of(Part.values());
    }
}
