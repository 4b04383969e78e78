package org.qiyouxiang.app.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.qiyouxiang.app.core.indicators.IndicatorEntry;
import org.qiyouxiang.app.core.indicators.IndicatorTable;
import org.qiyouxiang.app.core.targets.Directions;
import org.qiyouxiang.app.core.targets.TargetValue;
import org.qiyouxiang.app.core.targets.TargetValues;
import org.qiyouxiang.db.ChangeLogRepository;
import org.qiyouxiang.db.IndicatorRepository;
import org.qiyouxiang.db.IndicatorValueRepository;
import org.qiyouxiang.db.model.Indicator;
import org.qiyouxiang.db.model.IndicatorTarget;
import org.qiyouxiang.db.model.TargetSource;

/**
 * Stores an indicator table inside the caller's transaction. An indicator already known by its
 * normalised name is merged, never duplicated: the five-year table decides area, number, name, core
 * mark, baseline and order; a key-indicator table fills what is missing and sets the lead unit. The
 * table's targets replace those it brought before. A unit already stored is kept. The direction is
 * inferred again from all targets unless the clerk has chosen it.
 */
final class IndicatorStore {

    static final String DIRECTION_FIELD = "direction";
    static final String UNIT_FIELD = "unit";

    /** What was stored. */
    record Outcome(int created, int matched) {
    }

    private final DSLContext dsl;
    private final long programmeId;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final ChangeLogRepository log;

    IndicatorStore(DSLContext dsl, long programmeId) {
        this.dsl = dsl;
        this.programmeId = programmeId;
        this.indicators = new IndicatorRepository(dsl);
        this.values = new IndicatorValueRepository(dsl);
        this.log = new ChangeLogRepository(dsl);
    }

    Outcome store(IndicatorTable table) {
        Map<String, Long> identities = IndicatorIdentities.of(dsl, programmeId);
        Map<Long, Indicator> stored = indicators.all(programmeId).stream()
                .collect(Collectors.toMap(Indicator::id, i -> i));
        Map<Long, Integer> laterKeyYears = laterKeyYears(table);
        values.deleteTargets(programmeId, table.kind(), table.year());
        List<Long> inTableOrder = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        int created = 0;
        for (IndicatorEntry entry : table.entries()) {
            Long id = identities.get(entry.name().key());
            if (id != null && !taken.add(id)) {
                // Two rows found one indicator, one by its name and one by a name it had before: the second is new.
                id = null;
            }
            if (id == null) {
                id = indicators.insert(programmeId, newIndicator(entry));
                taken.add(id);
                created++;
            } else {
                indicators.update(merged(stored.get(id), entry, table, laterKeyYears.containsKey(id)));
            }
            inTableOrder.add(id);
            putTargets(id, entry, table, stored.containsKey(id) ? stored.get(id).unit() : null);
        }
        inferDirections(inTableOrder);
        if (table.kind() == TargetSource.FIVE_YEAR) {
            reorder(inTableOrder);
        }
        return new Outcome(created, table.entries().size() - created);
    }

    private Indicator newIndicator(IndicatorEntry entry) {
        return new Indicator(null, entry.area(), entry.number(), entry.name().name(), entry.name().key(),
                entry.name().unit(), entry.name().core(), Indicator.HIGHER, entry.leadUnit(), entry.baseline(), 0);
    }

    private Indicator merged(Indicator current, IndicatorEntry entry, IndicatorTable table, boolean laterKeyYear) {
        String unit = current.unit() != null ? current.unit() : entry.name().unit();
        if (table.kind() == TargetSource.FIVE_YEAR) {
            boolean renamed = log.changed(ChangeLogger.INDICATOR, current.id(), IndicatorIdentities.NAME_FIELD);
            return new Indicator(current.id(), orElse(entry.area(), current.area()),
                    orElse(entry.number(), current.number()), renamed ? current.name() : entry.name().name(),
                    current.normalizedName(), unit, entry.name().core(), current.direction(),
                    orElse(current.leadUnit(), entry.leadUnit()), entry.baseline(), current.sortOrder());
        }
        String leadUnit = entry.leadUnit() != null && !laterKeyYear ? entry.leadUnit() : current.leadUnit();
        return new Indicator(current.id(), orElse(current.area(), entry.area()),
                orElse(current.number(), entry.number()), current.name(), current.normalizedName(), unit,
                current.core() || entry.name().core(), current.direction(), leadUnit, current.baseline(),
                current.sortOrder());
    }

    /**
     * The row's targets. Where the table gives the indicator another unit than the one stored (万人 against 人),
     * which is kept, a bare number is written down with the table's unit, so that it keeps its meaning.
     */
    private void putTargets(long id, IndicatorEntry entry, IndicatorTable table, String storedUnit) {
        String unit = entry.name().unit();
        boolean otherUnit = unit != null && storedUnit != null && !unit.equals(storedUnit);
        entry.targets().forEach((year, text) -> values.putTarget(new IndicatorTarget(id, year, table.kind(),
                otherUnit ? TargetValues.withUnit(text, unit) : text)));
    }

    /** Indicators that have a key-indicator target of a later year than this table's: their lead unit is newer. */
    private Map<Long, Integer> laterKeyYears(IndicatorTable table) {
        Map<Long, Integer> later = new HashMap<>();
        if (table.kind() == TargetSource.KEY) {
            values.targets(programmeId).stream()
                    .filter(t -> t.source() == TargetSource.KEY && t.year() > table.year())
                    .forEach(t -> later.merge(t.indicatorId(), t.year(), Math::max));
        }
        return later;
    }

    private void inferDirections(List<Long> ids) {
        Map<Long, List<TargetValue>> targets = new HashMap<>();
        values.targets(programmeId).forEach(t -> targets.computeIfAbsent(t.indicatorId(), k -> new ArrayList<>())
                .add(TargetValues.parse(t.text())));
        for (Long id : ids) {
            if (log.changed(ChangeLogger.INDICATOR, id, DIRECTION_FIELD)) {
                continue;
            }
            Indicator indicator = indicators.find(id).orElseThrow();
            String inferred = Directions.infer(indicator.name(), targets.getOrDefault(id, List.of())).name();
            if (!Objects.equals(inferred, indicator.direction())) {
                indicators.update(withDirection(indicator, inferred));
            }
        }
    }

    /** The five-year table's indicators first, in its order; the others after them, in their order. */
    private void reorder(List<Long> inTableOrder) {
        Set<Long> order = new LinkedHashSet<>(inTableOrder);
        indicators.all(programmeId).forEach(i -> order.add(i.id()));
        indicators.reorder(List.copyOf(order));
    }

    private static Indicator withDirection(Indicator i, String direction) {
        return new Indicator(i.id(), i.area(), i.number(), i.name(), i.normalizedName(), i.unit(), i.core(),
                direction, i.leadUnit(), i.baseline(), i.sortOrder());
    }

    private static String orElse(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
