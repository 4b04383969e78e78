package org.qiyouxiang.app.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.progress.StatusPalette.Tone;
import org.qiyouxiang.app.core.targets.Verdict;

/** The report's parts as tables, in print order: the one layout Excel, the print preview and the PDF share. */
public final class ReportLayouts {

    static final int[] INDICATOR_WIDTHS = {1536, 2560, 8192, 3328, 3584, 3328, 2304, 2304, 6656};
    static final int[] SUMMARY_WIDTHS = {1536, 6144, 2048, 2048, 2048, 2048, 2048, 2048, 2304, 1792, 2560};
    static final int[] LAGGING_WIDTHS = {1536, 2560, 5632, 6656, 7168, 5632, 5632, 3328, 2304};
    static final int[] PROJECT_WIDTHS = {1536, 7168, 2560, 3328, 3328, 3072, 3840, 3840, 3840, 3072};

    private ReportLayouts() {
    }

    public static List<ReportTable> tables(QuarterReport report) {
        List<ReportTable> tables = new ArrayList<>();
        for (Part part : report.parts()) {
            tables.add(table(report, part));
        }
        return tables;
    }

    public static ReportTable table(QuarterReport report, Part part) {
        ReportHeading h = report.heading();
        return switch (part) {
            case PROGRESS -> ProgressTableLayout.of(h, report.items());
            case INDICATORS -> indicators(h, report.indicators());
            case SUMMARY -> summary(h, report.summary());
            case LAGGING -> lagging(h, report.lagging());
            case MAJOR_PROJECTS -> projects(h, report.projects());
        };
    }

    static ReportTable indicators(ReportHeading h, List<IndicatorLine> lines) {
        TableBuilder t = new TableBuilder(Part.INDICATORS, h, INDICATOR_WIDTHS);
        t.header(label("report.header.seq"), label("report.header.indicatorArea"), label("report.header.indicator"),
                label("report.header.units"), label("report.header.target", String.valueOf(h.year())),
                label("report.header.actual"), label("report.header.actualQuarter"), label("report.header.verdict"),
                label("report.header.reason"));
        if (lines.isEmpty()) {
            t.wholeRow(label("report.indicators.none", String.valueOf(h.year())), CellKind.TEXT);
            return t.build();
        }
        int areaStart = t.nextRow();
        String area = null;
        for (int i = 0; i < lines.size(); i++) {
            IndicatorLine line = lines.get(i);
            int row = t.newBlock();
            if (i == 0 || !Objects.equals(area, line.area())) {
                t.mergeDown(1, areaStart, row - 1);
                areaStart = row;
                area = line.area();
                t.centred(row, 1, area);
            }
            t.count(row, 0, i + 1);
            t.text(row, 2, line.core() ? label("report.indicators.coreMark") + line.name() : line.name());
            t.centred(row, 3, line.leadUnit());
            t.centred(row, 4, line.target());
            t.centred(row, 5, line.actual());
            t.centred(row, 6, line.actualQuarter() == null ? "" : Quarters.label(line.actualQuarter()));
            t.toned(row, 7, line.verdict().label(), tone(line.verdict()));
            t.text(row, 8, line.reason());
        }
        t.mergeDown(1, areaStart, t.nextRow() - 1);
        return t.build();
    }

    static Tone tone(Verdict verdict) {
        return switch (verdict) {
            case MET -> Tone.DONE;
            case NOT_MET -> Tone.LAGGING;
            case UNDECIDED -> Tone.UNDECIDED;
        };
    }

    static ReportTable summary(ReportHeading h, Summary summary) {
        TableBuilder t = new TableBuilder(Part.SUMMARY, h, SUMMARY_WIDTHS);
        t.header(label("report.header.seq"), label("report.header.group"), label("report.header.items"),
                label("status.DONE"), label("status.ON_TRACK"), label("status.LAGGING"), label("status.notReported"),
                label("report.header.other"), label("report.header.rate"), label("report.header.rank"),
                label("report.header.rankChange"));
        t.wholeRow(label("report.summary.byArea"), CellKind.SECTION);
        int seq = 1;
        for (Summary.AreaCounts area : summary.areas()) {
            int row = t.newBlock();
            t.count(row, 0, seq++);
            t.centred(row, 1, area.area());
            counts(t, row, area.counts());
        }
        int total = t.newBlock();
        t.centred(total, 1, label("report.summary.total"));
        counts(t, total, summary.total());
        t.wholeRow(label("report.summary.byUnit"), CellKind.SECTION);
        seq = 1;
        for (Summary.UnitRank unit : summary.units()) {
            int row = t.newBlock();
            t.count(row, 0, seq++);
            t.centred(row, 1, unit.unit());
            counts(t, row, unit.counts());
            t.count(row, 9, unit.rank());
            t.centred(row, 10, rankChange(unit.rankChange()));
        }
        t.wholeRow(label(summary.previousAvailable() ? "report.summary.note" : "report.summary.noteNoPrevious"),
                CellKind.TEXT);
        return t.build();
    }

    private static void counts(TableBuilder t, int row, StatusCounts c) {
        t.count(row, 2, c.items());
        t.count(row, 3, c.done());
        t.count(row, 4, c.onTrack());
        t.count(row, 5, c.lagging());
        t.count(row, 6, c.notReported());
        t.count(row, 7, c.other());
        t.number(row, 8, c.completionRate(), CellKind.RATE);
    }

    static String rankChange(Integer change) {
        if (change == null) {
            return label("report.rank.unknown");
        }
        if (change == 0) {
            return label("report.rank.same");
        }
        return change > 0 ? label("report.rank.up", change) : label("report.rank.down", -change);
    }

    static ReportTable lagging(ReportHeading h, List<ReportItem> items) {
        TableBuilder t = new TableBuilder(Part.LAGGING, h, LAGGING_WIDTHS);
        t.header(label("report.header.seq"), label("report.header.area"), label("report.header.name"),
                label("report.header.milestone", h.quarterLabel()), label("report.header.done"),
                label("report.header.problems"), label("report.header.nextSteps"), label("report.header.units"),
                label("report.header.persons"));
        if (items.isEmpty()) {
            t.wholeRow(label("report.lagging.none"), CellKind.TEXT);
            return t.build();
        }
        int seq = 1;
        for (ReportItem item : items) {
            int row = t.newBlock();
            t.count(row, 0, seq++);
            t.centred(row, 1, item.area());
            t.text(row, 2, item.name());
            t.text(row, 3, item.milestone());
            t.text(row, 4, item.doneText());
            t.text(row, 5, item.problems());
            t.text(row, 6, item.nextSteps());
            t.centred(row, 7, String.join(label("report.unitSeparator"), item.units()));
            t.centred(row, 8, String.join(" ", item.persons()));
        }
        return t.build();
    }

    static ReportTable projects(ReportHeading h, List<ProjectLine> projects) {
        TableBuilder t = new TableBuilder(Part.MAJOR_PROJECTS, h, PROJECT_WIDTHS);
        t.header(label("report.header.seq"), label("report.header.project"), label("report.header.indicatorArea"),
                label("report.header.units"), label("report.header.totalInvestment"), label("report.header.years"),
                label("report.header.plan", String.valueOf(h.year())),
                label("report.header.quarterInvestment", h.quarterLabel()), label("report.header.cumulative"),
                label("report.header.planRate"));
        int seq = 1;
        for (ProjectLine p : projects) {
            int row = t.newBlock();
            t.count(row, 0, seq++);
            t.text(row, 1, p.name());
            t.centred(row, 2, p.area());
            t.centred(row, 3, p.leadUnit());
            t.number(row, 4, p.total(), CellKind.DECIMAL);
            t.centred(row, 5, p.years());
            t.number(row, 6, p.plan(), CellKind.DECIMAL);
            t.number(row, 7, p.quarter(), CellKind.DECIMAL);
            t.number(row, 8, p.cumulative(), CellKind.DECIMAL);
            t.number(row, 9, p.rate(), CellKind.RATE);
        }
        return t.build();
    }

    private static String label(String key, Object... args) {
        return TableBuilder.label(key, args);
    }
}
