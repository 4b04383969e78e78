package org.qiyouxiang.db;

import static org.qiyouxiang.db.jooq.Tables.AREA;
import static org.qiyouxiang.db.jooq.Tables.INDICATOR;
import static org.qiyouxiang.db.jooq.Tables.UNIT;
import static org.qiyouxiang.db.jooq.Tables.WORK_ITEM;
import static org.qiyouxiang.db.jooq.Tables.WORK_LIST;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.qiyouxiang.db.jooq.tables.Unit;
import org.qiyouxiang.db.model.Indicator;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.WorkItemName;

/**
 * The indicators of a programme, and the links of the work list's key-indicator items to them.
 * Areas and lead units are given and returned by name; they are created when new.
 */
public final class IndicatorRepository {

    private static final Unit LEAD_UNIT = UNIT.as("lead_unit");

    private final DSLContext dsl;

    public IndicatorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every indicator of the programme in the programme's order: the five-year table's, grouped by area in the
     * order the areas first appear. An indicator only a key-indicator table names is stored after the others
     * and joins the end of its area here, so that no area is split in two in the 指标 tab or the report.
     */
    public List<Indicator> all(long programmeId) {
        Map<String, List<Indicator>> byArea = new LinkedHashMap<>();
        for (Indicator indicator : select(INDICATOR.PROGRAMME_ID.eq(programmeId))) {
            byArea.computeIfAbsent(Objects.requireNonNullElse(indicator.area(), ""), a -> new ArrayList<>())
                    .add(indicator);
        }
        List<Indicator> all = new ArrayList<>();
        byArea.values().forEach(all::addAll);
        return all;
    }

    public Optional<Indicator> find(long indicatorId) {
        return select(INDICATOR.ID.eq(indicatorId)).stream().findFirst();
    }

    /** The programme the indicator belongs to. */
    public Optional<Long> programmeOf(long indicatorId) {
        return dsl.select(INDICATOR.PROGRAMME_ID).from(INDICATOR).where(INDICATOR.ID.eq(indicatorId))
                .fetchOptional(INDICATOR.PROGRAMME_ID);
    }

    private List<Indicator> select(Condition condition) {
        return dsl.select(INDICATOR.ID, AREA.NAME, INDICATOR.NUMBER, INDICATOR.NAME, INDICATOR.NORMALIZED_NAME,
                        INDICATOR.UNIT_OF_MEASURE, INDICATOR.CORE, INDICATOR.DIRECTION, LEAD_UNIT.NAME,
                        INDICATOR.BASELINE_TEXT, INDICATOR.SORT_ORDER)
                .from(INDICATOR)
                .leftJoin(AREA).on(AREA.ID.eq(INDICATOR.AREA_ID))
                .leftJoin(LEAD_UNIT).on(LEAD_UNIT.ID.eq(INDICATOR.LEAD_UNIT_ID))
                .where(condition)
                .orderBy(INDICATOR.SORT_ORDER, INDICATOR.ID)
                .fetch(IndicatorRepository::toIndicator);
    }

    private static Indicator toIndicator(Record r) {
        return new Indicator(r.get(INDICATOR.ID), r.get(AREA.NAME), r.get(INDICATOR.NUMBER), r.get(INDICATOR.NAME),
                r.get(INDICATOR.NORMALIZED_NAME), r.get(INDICATOR.UNIT_OF_MEASURE), r.get(INDICATOR.CORE),
                r.get(INDICATOR.DIRECTION), r.get(LEAD_UNIT.NAME), r.get(INDICATOR.BASELINE_TEXT),
                r.get(INDICATOR.SORT_ORDER));
    }

    /** Stores a new indicator after the programme's others (its sort order is ignored) and returns its id. */
    public long insert(long programmeId, Indicator indicator) {
        int next = dsl.select(DSL.coalesce(DSL.max(INDICATOR.SORT_ORDER), -1)).from(INDICATOR)
                .where(INDICATOR.PROGRAMME_ID.eq(programmeId)).fetchOne(0, int.class) + 1;
        return dsl.insertInto(INDICATOR)
                .set(INDICATOR.PROGRAMME_ID, programmeId)
                .set(INDICATOR.AREA_ID, areaId(programmeId, indicator.area()))
                .set(INDICATOR.NUMBER, indicator.number())
                .set(INDICATOR.NAME, indicator.name())
                .set(INDICATOR.NORMALIZED_NAME, indicator.normalizedName())
                .set(INDICATOR.UNIT_OF_MEASURE, indicator.unit())
                .set(INDICATOR.CORE, indicator.core())
                .set(INDICATOR.DIRECTION, indicator.direction())
                .set(INDICATOR.LEAD_UNIT_ID, unitId(indicator.leadUnit()))
                .set(INDICATOR.BASELINE_TEXT, indicator.baseline())
                .set(INDICATOR.SORT_ORDER, next)
                .returningResult(INDICATOR.ID).fetchOne(INDICATOR.ID);
    }

    /** Writes every field of a stored indicator, its sort order included. */
    public void update(Indicator indicator) {
        long programmeId = programmeOf(indicator.id())
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + indicator.id()));
        dsl.update(INDICATOR)
                .set(INDICATOR.AREA_ID, areaId(programmeId, indicator.area()))
                .set(INDICATOR.NUMBER, indicator.number())
                .set(INDICATOR.NAME, indicator.name())
                .set(INDICATOR.NORMALIZED_NAME, indicator.normalizedName())
                .set(INDICATOR.UNIT_OF_MEASURE, indicator.unit())
                .set(INDICATOR.CORE, indicator.core())
                .set(INDICATOR.DIRECTION, indicator.direction())
                .set(INDICATOR.LEAD_UNIT_ID, unitId(indicator.leadUnit()))
                .set(INDICATOR.BASELINE_TEXT, indicator.baseline())
                .set(INDICATOR.SORT_ORDER, indicator.sortOrder())
                .where(INDICATOR.ID.eq(indicator.id()))
                .execute();
    }

    /** Gives the indicators these positions, in the order given. */
    public void reorder(List<Long> indicatorIds) {
        for (int i = 0; i < indicatorIds.size(); i++) {
            dsl.update(INDICATOR).set(INDICATOR.SORT_ORDER, i).where(INDICATOR.ID.eq(indicatorIds.get(i))).execute();
        }
    }

    private Long areaId(long programmeId, String area) {
        return area == null ? null : new AreaRepository(dsl).resolve(programmeId, area);
    }

    private Long unitId(String unit) {
        return unit == null ? null : new UnitRepository(dsl).resolve(unit);
    }

    /** The key-indicator items (重点指标) of the programme's work lists, in list order. */
    public List<WorkItemName> keyIndicatorItems(long programmeId) {
        return dsl.select(WORK_ITEM.ID, WORK_ITEM.NAME, WORK_ITEM.INDICATOR_ID)
                .from(WORK_ITEM).join(WORK_LIST).on(WORK_LIST.ID.eq(WORK_ITEM.WORK_LIST_ID))
                .where(WORK_LIST.PROGRAMME_ID.eq(programmeId))
                .and(WORK_ITEM.KIND.eq(ItemKind.KEY_INDICATOR.name()))
                .orderBy(WORK_LIST.LIST_YEAR, WORK_ITEM.SORT_ORDER)
                .fetch(r -> new WorkItemName(r.value1(), r.value2(), r.value3()));
    }

    public void link(long workItemId, Long indicatorId) {
        dsl.update(WORK_ITEM).set(WORK_ITEM.INDICATOR_ID, indicatorId).where(WORK_ITEM.ID.eq(workItemId)).execute();
    }

    /** How many work items are linked to each of the programme's indicators (those with none are left out). */
    public Map<Long, Integer> linkCounts(long programmeId) {
        Map<Long, Integer> counts = new HashMap<>();
        dsl.select(WORK_ITEM.INDICATOR_ID, DSL.count())
                .from(WORK_ITEM).join(INDICATOR).on(INDICATOR.ID.eq(WORK_ITEM.INDICATOR_ID))
                .where(INDICATOR.PROGRAMME_ID.eq(programmeId))
                .groupBy(WORK_ITEM.INDICATOR_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** The indicator a work item is linked to. */
    public Optional<Long> indicatorOf(long workItemId) {
        return dsl.select(WORK_ITEM.INDICATOR_ID).from(WORK_ITEM).where(WORK_ITEM.ID.eq(workItemId))
                .fetchOptional(WORK_ITEM.INDICATOR_ID);
    }
}
