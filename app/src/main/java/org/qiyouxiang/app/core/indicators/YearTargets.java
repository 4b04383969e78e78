package org.qiyouxiang.app.core.indicators;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.app.core.targets.Judge;
import org.qiyouxiang.app.core.targets.Judgement;
import org.qiyouxiang.app.core.targets.TargetValues;
import org.qiyouxiang.db.model.IndicatorActual;
import org.qiyouxiang.db.model.IndicatorTarget;
import org.qiyouxiang.db.model.TargetSource;

/**
 * Which target and which actual of a year count: the year's key-indicator target when its table gave
 * one, else the five-year table's; the actual of the latest quarter reported. The latest actual is
 * judged against that target.
 */
public final class YearTargets {

    private YearTargets() {
    }

    /** The target that counts in a year, if any table gave one. A blank KEY cell gives way to the FIVE_YEAR one. */
    public static Optional<IndicatorTarget> effective(List<IndicatorTarget> targets, int year) {
        Optional<IndicatorTarget> key = of(targets, year, TargetSource.KEY).filter(t -> !t.text().isBlank());
        return key.or(() -> of(targets, year, TargetSource.FIVE_YEAR));
    }

    public static Optional<IndicatorTarget> of(List<IndicatorTarget> targets, int year, TargetSource source) {
        return targets.stream().filter(t -> t.year() == year && t.source() == source).findFirst();
    }

    /** The actual of the year's latest reported quarter. */
    public static Optional<IndicatorActual> latest(List<IndicatorActual> actuals, int year) {
        return actuals.stream().filter(a -> a.year() == year).max(Comparator.comparingInt(IndicatorActual::quarter));
    }

    /** The latest actual of the year judged against the year's target: 达标, 未达标 or 待判断 with the reason. */
    public static Judgement judge(List<IndicatorTarget> targets, List<IndicatorActual> actuals, int year,
                                  Direction direction) {
        String target = effective(targets, year).map(IndicatorTarget::text).orElse("");
        String actual = latest(actuals, year).map(IndicatorActual::text).orElse("");
        return Judge.judge(TargetValues.parse(target), actual, direction);
    }
}
