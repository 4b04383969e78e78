package org.qiyouxiang.db;

import static org.qiyouxiang.db.jooq.Tables.INDICATOR;
import static org.qiyouxiang.db.jooq.Tables.INDICATOR_ACTUAL;
import static org.qiyouxiang.db.jooq.Tables.INDICATOR_TARGET;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.qiyouxiang.db.model.IndicatorActual;
import org.qiyouxiang.db.model.IndicatorTarget;
import org.qiyouxiang.db.model.TargetSource;

/** The targets of indicators per year and table, and the actual values reported per quarter. */
public final class IndicatorValueRepository {

    private final DSLContext dsl;

    public IndicatorValueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every target of the programme's indicators, by indicator, year and source. */
    public List<IndicatorTarget> targets(long programmeId) {
        return targetsWhere(INDICATOR.PROGRAMME_ID.eq(programmeId));
    }

    public List<IndicatorTarget> targetsOf(long indicatorId) {
        return targetsWhere(INDICATOR_TARGET.INDICATOR_ID.eq(indicatorId));
    }

    private List<IndicatorTarget> targetsWhere(Condition condition) {
        return dsl.select(INDICATOR_TARGET.INDICATOR_ID, INDICATOR_TARGET.TARGET_YEAR, INDICATOR_TARGET.SOURCE,
                        INDICATOR_TARGET.TEXT)
                .from(INDICATOR_TARGET).join(INDICATOR).on(INDICATOR.ID.eq(INDICATOR_TARGET.INDICATOR_ID))
                .where(condition)
                .orderBy(INDICATOR_TARGET.INDICATOR_ID, INDICATOR_TARGET.TARGET_YEAR, INDICATOR_TARGET.SOURCE)
                .fetch(r -> new IndicatorTarget(r.value1(), r.value2(), TargetSource.valueOf(r.value3()), r.value4()));
    }

    /** True when the programme has targets from that source (of that year, when a year is given). */
    public boolean hasTargets(long programmeId, TargetSource source, Integer year) {
        return dsl.fetchExists(dsl.selectOne().from(INDICATOR_TARGET)
                .join(INDICATOR).on(INDICATOR.ID.eq(INDICATOR_TARGET.INDICATOR_ID))
                .where(sourceAndYear(programmeId, source, year)));
    }

    /** Removes the programme's targets from that source (of that year, when a year is given). */
    public void deleteTargets(long programmeId, TargetSource source, Integer year) {
        dsl.deleteFrom(INDICATOR_TARGET)
                .where(INDICATOR_TARGET.INDICATOR_ID.in(dsl.select(INDICATOR.ID).from(INDICATOR)
                        .where(INDICATOR.PROGRAMME_ID.eq(programmeId))))
                .and(INDICATOR_TARGET.SOURCE.eq(source.name()))
                .and(year == null ? DSL.noCondition() : INDICATOR_TARGET.TARGET_YEAR.eq(year))
                .execute();
    }

    private static Condition sourceAndYear(long programmeId, TargetSource source, Integer year) {
        Condition condition = INDICATOR.PROGRAMME_ID.eq(programmeId).and(INDICATOR_TARGET.SOURCE.eq(source.name()));
        return year == null ? condition : condition.and(INDICATOR_TARGET.TARGET_YEAR.eq(year));
    }

    /** Sets a target's text, creating the target when the indicator has none of that year and source. */
    public void putTarget(IndicatorTarget target) {
        int updated = dsl.update(INDICATOR_TARGET)
                .set(INDICATOR_TARGET.TEXT, target.text())
                .where(targetKey(target.indicatorId(), target.year(), target.source()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(INDICATOR_TARGET)
                    .set(INDICATOR_TARGET.INDICATOR_ID, target.indicatorId())
                    .set(INDICATOR_TARGET.TARGET_YEAR, target.year())
                    .set(INDICATOR_TARGET.SOURCE, target.source().name())
                    .set(INDICATOR_TARGET.TEXT, target.text())
                    .execute();
        }
    }

    public void deleteTarget(long indicatorId, int year, TargetSource source) {
        dsl.deleteFrom(INDICATOR_TARGET).where(targetKey(indicatorId, year, source)).execute();
    }

    private static Condition targetKey(long indicatorId, int year, TargetSource source) {
        return INDICATOR_TARGET.INDICATOR_ID.eq(indicatorId)
                .and(INDICATOR_TARGET.TARGET_YEAR.eq(year))
                .and(INDICATOR_TARGET.SOURCE.eq(source.name()));
    }

    /** Every actual value reported for the programme's indicators, by indicator, year and quarter. */
    public List<IndicatorActual> actuals(long programmeId) {
        return actualsWhere(INDICATOR.PROGRAMME_ID.eq(programmeId));
    }

    public List<IndicatorActual> actualsOf(long indicatorId) {
        return actualsWhere(INDICATOR_ACTUAL.INDICATOR_ID.eq(indicatorId));
    }

    public Optional<IndicatorActual> actual(long indicatorId, int year, int quarter) {
        return actualsWhere(actualKey(indicatorId, year, quarter)).stream().findFirst();
    }

    private List<IndicatorActual> actualsWhere(Condition condition) {
        return dsl.select(INDICATOR_ACTUAL.INDICATOR_ID, INDICATOR_ACTUAL.REPORT_YEAR, INDICATOR_ACTUAL.QUARTER,
                        INDICATOR_ACTUAL.TEXT, INDICATOR_ACTUAL.REPORTED_ON, INDICATOR_ACTUAL.NOTE)
                .from(INDICATOR_ACTUAL).join(INDICATOR).on(INDICATOR.ID.eq(INDICATOR_ACTUAL.INDICATOR_ID))
                .where(condition)
                .orderBy(INDICATOR_ACTUAL.INDICATOR_ID, INDICATOR_ACTUAL.REPORT_YEAR, INDICATOR_ACTUAL.QUARTER)
                .fetch(r -> new IndicatorActual(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** Sets the value reported for a quarter, replacing what was there. */
    public void putActual(IndicatorActual actual) {
        int updated = dsl.update(INDICATOR_ACTUAL)
                .set(INDICATOR_ACTUAL.TEXT, actual.text())
                .set(INDICATOR_ACTUAL.REPORTED_ON, actual.reportedOn())
                .set(INDICATOR_ACTUAL.NOTE, actual.note())
                .where(actualKey(actual.indicatorId(), actual.year(), actual.quarter()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(INDICATOR_ACTUAL)
                    .set(INDICATOR_ACTUAL.INDICATOR_ID, actual.indicatorId())
                    .set(INDICATOR_ACTUAL.REPORT_YEAR, actual.year())
                    .set(INDICATOR_ACTUAL.QUARTER, actual.quarter())
                    .set(INDICATOR_ACTUAL.TEXT, actual.text())
                    .set(INDICATOR_ACTUAL.REPORTED_ON, actual.reportedOn())
                    .set(INDICATOR_ACTUAL.NOTE, actual.note())
                    .execute();
        }
    }

    public void deleteActual(long indicatorId, int year, int quarter) {
        dsl.deleteFrom(INDICATOR_ACTUAL).where(actualKey(indicatorId, year, quarter)).execute();
    }

    private static Condition actualKey(long indicatorId, int year, int quarter) {
        return INDICATOR_ACTUAL.INDICATOR_ID.eq(indicatorId)
                .and(INDICATOR_ACTUAL.REPORT_YEAR.eq(year))
                .and(INDICATOR_ACTUAL.QUARTER.eq(quarter));
    }
}
