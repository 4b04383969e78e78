package org.qiyouxiang.app.service;

import java.util.List;
import java.util.Optional;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.app.core.targets.Judgement;
import org.qiyouxiang.db.model.IndicatorActual;

/**
 * An indicator as the indicator table shows it, for a chosen year: what it is, its targets per year, the
 * year's latest actual and the judgement of that actual against the year's target.
 *
 * @param number        the 序号 as written, or null
 * @param name          the name as written, without the core mark
 * @param unit          the unit of measure, or null
 * @param leadUnit      the lead unit, or null
 * @param baseline      the baseline (2022年) as written; "" when its cell was empty, null when unknown
 * @param targets       one entry per programme year (2023 … 2027), in order
 * @param year          the chosen year
 * @param keyIndicator  whether the chosen year's key-indicator table names it
 * @param latestActual  the chosen year's latest reported actual, or null
 * @param judgement     that actual judged against the year's target (待判断 with the reason when it cannot be)
 * @param linkedItems   how many work-list items are linked to it
 */
public record IndicatorRow(long id, String area, String number, String name, boolean core, String unit,
                           String leadUnit, Direction direction, String baseline, List<YearTarget> targets,
                           int year, boolean keyIndicator, IndicatorActual latestActual, Judgement judgement,
                           int linkedItems) {

    public IndicatorRow {
        targets = List.copyOf(targets);
    }

    /** The targets of a year, if it is a programme year. */
    public Optional<YearTarget> target(int targetYear) {
        return targets.stream().filter(t -> t.year() == targetYear).findFirst();
    }

    /** The text of the target that counts in a year, "" when none. */
    public String targetText(int targetYear) {
        return target(targetYear).map(YearTarget::text).orElse("");
    }

    /** Whether only a key-indicator table named it: the five-year table has no row (and no baseline) for it. */
    public boolean keyTableOnly() {
        return baseline == null;
    }

    public Optional<IndicatorActual> latest() {
        return Optional.ofNullable(latestActual);
    }
}
