package org.qiyouxiang.app.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.qiyouxiang.app.core.indicators.YearTargets;
import org.qiyouxiang.app.core.report.IndicatorLine;
import org.qiyouxiang.app.core.report.ProjectLine;
import org.qiyouxiang.app.core.targets.Judgement;
import org.qiyouxiang.db.IndicatorRepository;
import org.qiyouxiang.db.IndicatorValueRepository;
import org.qiyouxiang.db.MajorProjectRepository;
import org.qiyouxiang.db.model.Indicator;
import org.qiyouxiang.db.model.IndicatorActual;
import org.qiyouxiang.db.model.IndicatorTarget;
import org.qiyouxiang.db.model.MajorProject;
import org.qiyouxiang.db.model.TargetSource;
import org.qiyouxiang.db.model.WorkItemName;

/** Reads the report's indicator and major-project parts from the database, as of a quarter. */
final class ReportAssembler {

    private ReportAssembler() {
    }

    /**
     * The year's key indicators (those of the year's key-indicator table; without one, every indicator with a
     * target that year) with the latest actual reported by the quarter, judged against the year's target; and
     * every indicator of the programme judged alike, by its id.
     */
    static Judged judged(DSLContext dsl, long programmeId, int year, int quarter) {
        IndicatorValueRepository values = new IndicatorValueRepository(dsl);
        Map<Long, List<IndicatorTarget>> targets = values.targets(programmeId).stream()
                .collect(Collectors.groupingBy(IndicatorTarget::indicatorId));
        Map<Long, List<IndicatorActual>> actuals = values.actuals(programmeId).stream()
                .filter(a -> a.year() == year && a.quarter() <= quarter)
                .collect(Collectors.groupingBy(IndicatorActual::indicatorId));
        List<Indicator> all = new IndicatorRepository(dsl).all(programmeId);
        boolean keyTable = all.stream().anyMatch(i -> isKey(targets.get(i.id()), year));
        List<IndicatorLine> shown = new ArrayList<>();
        Map<Long, IndicatorLine> byId = new HashMap<>();
        for (Indicator indicator : all) {
            List<IndicatorTarget> own = targets.getOrDefault(indicator.id(), List.of());
            String target = YearTargets.effective(own, year).map(IndicatorTarget::text).orElse("");
            List<IndicatorActual> reported = actuals.getOrDefault(indicator.id(), List.of());
            IndicatorActual latest = YearTargets.latest(reported, year).orElse(null);
            Judgement judgement = YearTargets.judge(own, reported, year, IndicatorRowBuilder.direction(indicator));
            IndicatorLine line = new IndicatorLine(indicator.area(), indicator.number(), indicator.name(),
                    indicator.core(), indicator.leadUnit(), target, latest == null ? "" : latest.text(),
                    latest == null ? null : latest.quarter(), judgement.verdict(), judgement.reason());
            byId.put(indicator.id(), line);
            if (keyTable ? isKey(own, year) : !target.isBlank()) {
                shown.add(line);
            }
        }
        return new Judged(shown, byId);
    }

    /**
     * @param shown the key-indicator part's lines, in the programme's order
     * @param byId  every indicator's line, by indicator id, for the items linked to one
     */
    record Judged(List<IndicatorLine> shown, Map<Long, IndicatorLine> byId) {
    }

    /** The judged indicator of each key-indicator item linked to one, by item id. */
    static Map<Long, IndicatorLine> linked(DSLContext dsl, long programmeId, Map<Long, IndicatorLine> byId) {
        Map<Long, IndicatorLine> byItem = new HashMap<>();
        for (WorkItemName item : new IndicatorRepository(dsl).keyIndicatorItems(programmeId)) {
            if (item.indicatorId() != null && byId.containsKey(item.indicatorId())) {
                byItem.put(item.id(), byId.get(item.indicatorId()));
            }
        }
        return byItem;
    }

    private static boolean isKey(List<IndicatorTarget> targets, int year) {
        return targets != null && YearTargets.of(targets, year, TargetSource.KEY).isPresent();
    }

    /** The projects that have anything in the year (a plan, a completed amount, or the year within their span). */
    static List<ProjectLine> projects(DSLContext dsl, long programmeId, int year, int quarter) {
        List<ProjectLine> lines = new ArrayList<>();
        for (MajorProject p : new MajorProjectRepository(dsl).all(programmeId)) {
            BigDecimal plan = p.plans().get(year);
            BigDecimal cumulative = null;
            for (int q = 1; q <= quarter; q++) {
                BigDecimal done = p.completedIn(year, q);
                if (done != null) {
                    cumulative = cumulative == null ? done : cumulative.add(done);
                }
            }
            boolean inSpan = p.startYear() != null && p.endYear() != null
                    && p.startYear() <= year && year <= p.endYear();
            if (plan == null && cumulative == null && !inSpan) {
                continue;
            }
            BigDecimal rate = plan == null || plan.signum() == 0 || cumulative == null ? null
                    : cumulative.divide(plan, 4, RoundingMode.HALF_UP);
            lines.add(new ProjectLine(p.name(), p.area(), p.leadUnit(), p.totalInvestment(), years(p), plan,
                    p.completedIn(year, quarter), cumulative, rate));
        }
        return lines;
    }

    private static String years(MajorProject p) {
        if (p.startYear() == null && p.endYear() == null) {
            return "";
        }
        if (p.startYear() == null || p.endYear() == null || p.startYear().equals(p.endYear())) {
            return String.valueOf(p.startYear() != null ? p.startYear() : p.endYear());
        }
        return p.startYear() + "—" + p.endYear();
    }
}
