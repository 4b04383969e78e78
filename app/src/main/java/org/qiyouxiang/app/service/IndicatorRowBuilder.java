package org.qiyouxiang.app.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qiyouxiang.app.core.indicators.ChartNumbers;
import org.qiyouxiang.app.core.indicators.YearTargets;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.app.core.targets.Judgement;
import org.qiyouxiang.db.model.Indicator;
import org.qiyouxiang.db.model.IndicatorActual;
import org.qiyouxiang.db.model.IndicatorTarget;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.TargetSource;

/** Builds the read models of the indicator screens from stored indicators, targets and actuals. */
final class IndicatorRowBuilder {

    private final Programme programme;

    IndicatorRowBuilder(Programme programme) {
        this.programme = programme;
    }

    IndicatorRow row(Indicator indicator, List<IndicatorTarget> targets, List<IndicatorActual> actuals, int year,
                     Map<Long, Integer> linkCounts) {
        List<YearTarget> perYear = new ArrayList<>();
        for (int y = programme.firstYear(); y <= programme.lastYear(); y++) {
            perYear.add(new YearTarget(y, text(targets, y, TargetSource.FIVE_YEAR), text(targets, y, TargetSource.KEY)));
        }
        Direction direction = direction(indicator);
        Judgement judgement = YearTargets.judge(targets, actuals, year, direction);
        boolean key = YearTargets.of(targets, year, TargetSource.KEY).isPresent();
        return new IndicatorRow(indicator.id(), indicator.area(), indicator.number(), indicator.name(),
                indicator.core(), indicator.unit(), indicator.leadUnit(), direction, indicator.baseline(), perYear,
                year, key, YearTargets.latest(actuals, year).orElse(null), judgement,
                linkCounts.getOrDefault(indicator.id(), 0));
    }

    IndicatorSeries series(Indicator indicator, List<IndicatorTarget> targets, List<IndicatorActual> actuals) {
        List<IndicatorSeries.Point> points = new ArrayList<>();
        String baseline = indicator.baseline() == null ? "" : indicator.baseline();
        points.add(new IndicatorSeries.Point(programme.baselineYear(), true, "", null, baseline,
                ChartNumbers.of(baseline).orElse(null), null));
        for (int y = programme.firstYear(); y <= programme.lastYear(); y++) {
            String target = YearTargets.effective(targets, y).map(IndicatorTarget::text).orElse("");
            String actual = YearTargets.latest(actuals, y).map(IndicatorActual::text).orElse("");
            points.add(new IndicatorSeries.Point(y, false, target, ChartNumbers.of(target).orElse(null), actual,
                    ChartNumbers.of(actual).orElse(null),
                    YearTargets.judge(targets, actuals, y, direction(indicator)).verdict()));
        }
        return new IndicatorSeries(indicator.id(), indicator.name(), indicator.unit(), points);
    }

    static Direction direction(Indicator indicator) {
        return Indicator.LOWER.equals(indicator.direction()) ? Direction.LOWER : Direction.HIGHER;
    }

    private static String text(List<IndicatorTarget> targets, int year, TargetSource source) {
        Optional<IndicatorTarget> target = YearTargets.of(targets, year, source);
        return target.map(IndicatorTarget::text).orElse(null);
    }
}
