package org.qiyouxiang.app.service;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.indicators.IndicatorNames;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.IndicatorRepository;
import org.qiyouxiang.db.IndicatorValueRepository;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.UnitRepository;
import org.qiyouxiang.db.model.Indicator;
import org.qiyouxiang.db.model.IndicatorActual;
import org.qiyouxiang.db.model.IndicatorTarget;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.TargetSource;

/**
 * The clerk's changes to indicators, checked first (a refusal says why, in Chinese, and writes
 * nothing), then made in one transaction with every changed field in the change log, then forced to disk.
 */
final class IndicatorEdits {

    static final int MAX_TEXT = 500;
    static final int MAX_BASELINE = 200;
    static final int MAX_NOTE = 2000;
    static final int MAX_UNIT = 50;
    static final int MAX_LEAD_UNIT = 200;

    private final Database database;

    IndicatorEdits(Database database) {
        this.database = database;
    }

    void recordActual(IndicatorActual actual) throws EditRejectedException {
        Indicator indicator = indicator(actual.indicatorId());
        checkYear(actual.year(), false);
        checkQuarter(actual.quarter());
        if (actual.text() == null || actual.text().isBlank()) {
            throw new EditRejectedException(Messages.get("indicators.edit.noActual"));
        }
        checkLength("indicators.field.actual", actual.text(), MAX_TEXT);
        checkLength("indicators.field.note", actual.note(), MAX_NOTE);
        IndicatorActual clean = new IndicatorActual(actual.indicatorId(), actual.year(), actual.quarter(),
                actual.text().strip(), actual.reportedOn(), blankToNull(actual.note()));
        write(dsl -> {
            IndicatorValueRepository values = new IndicatorValueRepository(dsl);
            String old = values.actual(clean.indicatorId(), clean.year(), clean.quarter())
                    .map(IndicatorActual::text).orElse(null);
            values.putActual(clean);
            new ChangeLogger(dsl).indicator(indicator.id(), actualField(clean.year(), clean.quarter()), old,
                    clean.text(), Messages.get("indicators.log.actual", indicator.name(),
                            String.valueOf(clean.year()), Quarters.label(clean.quarter()), clean.text()));
        });
    }

    void clearActual(long indicatorId, int year, int quarter) throws EditRejectedException {
        Indicator indicator = indicator(indicatorId);
        checkQuarter(quarter);
        write(dsl -> {
            IndicatorValueRepository values = new IndicatorValueRepository(dsl);
            Optional<IndicatorActual> old = values.actual(indicatorId, year, quarter);
            values.deleteActual(indicatorId, year, quarter);
            old.ifPresent(a -> new ChangeLogger(dsl).indicator(indicatorId, actualField(year, quarter), a.text(), null,
                    Messages.get("indicators.log.actualCleared", indicator.name(), String.valueOf(year),
                            Quarters.label(quarter))));
        });
    }

    void update(long indicatorId, IndicatorEdit edit) throws EditRejectedException {
        Indicator current = indicator(indicatorId);
        if (edit.name() == null || edit.name().isBlank()) {
            throw new EditRejectedException(Messages.get("indicators.edit.noName"));
        }
        String name = IndicatorNames.parse(edit.name()).name();
        checkLength("indicators.field.name", name, MAX_TEXT);
        checkLength("indicators.field.unit", edit.unit(), MAX_UNIT);
        checkLength("indicators.field.leadUnit", edit.leadUnit(), MAX_LEAD_UNIT);
        String key = IndicatorNames.key(name);
        long programmeId = new IndicatorRepository(database.dsl()).programmeOf(indicatorId).orElseThrow();
        Long holder = IndicatorIdentities.of(database.dsl(), programmeId).get(key);
        if (holder != null && holder != indicatorId) {
            throw new EditRejectedException(Messages.get("indicators.edit.nameTaken", name));
        }
        String direction = Objects.requireNonNull(edit.direction(), "direction").name();
        write(dsl -> {
            Map<String, String> canonical = new UnitRepository(dsl).canonicalNames();
            String leadUnit = blankToNull(edit.leadUnit());
            leadUnit = leadUnit == null ? null : canonical.getOrDefault(leadUnit.strip(), leadUnit.strip());
            Indicator changed = new Indicator(current.id(), current.area(), current.number(), name, key,
                    blankToNull(edit.unit()), edit.core(), direction, leadUnit, current.baseline(), current.sortOrder());
            new IndicatorRepository(dsl).update(changed);
            logFields(new ChangeLogger(dsl), current, changed);
            IndicatorLinks.link(dsl, programmeId);
        });
    }

    private static void logFields(ChangeLogger log, Indicator before, Indicator after) {
        String name = before.name();
        long id = before.id();
        log.indicator(id, IndicatorIdentities.NAME_FIELD, before.name(), after.name(),
                Messages.get("indicators.log.name", name, after.name()));
        log.indicator(id, IndicatorStore.UNIT_FIELD, before.unit(), after.unit(),
                Messages.get("indicators.log.unit", name, shown(before.unit()), shown(after.unit())));
        log.indicator(id, "core", String.valueOf(before.core()), String.valueOf(after.core()),
                Messages.get("indicators.log.core", name, Messages.get("indicators.core." + after.core())));
        log.indicator(id, IndicatorStore.DIRECTION_FIELD, before.direction(), after.direction(),
                Messages.get("indicators.log.direction", name, Messages.get("direction." + after.direction())));
        log.indicator(id, "lead_unit", before.leadUnit(), after.leadUnit(),
                Messages.get("indicators.log.leadUnit", name, shown(before.leadUnit()), shown(after.leadUnit())));
    }

    void updateTarget(long indicatorId, int year, TargetSource source, String text) throws EditRejectedException {
        Indicator indicator = indicator(indicatorId);
        Objects.requireNonNull(source, "source");
        boolean baseline = source == TargetSource.FIVE_YEAR && year == programme().baselineYear();
        checkYear(year, baseline);
        checkLength(baseline ? "indicators.field.baseline" : "indicators.field.target", text,
                baseline ? MAX_BASELINE : MAX_TEXT);
        write(dsl -> {
            IndicatorValueRepository values = new IndicatorValueRepository(dsl);
            ChangeLogger log = new ChangeLogger(dsl);
            if (baseline) {
                String now = text == null ? "" : text;
                new IndicatorRepository(dsl).update(withBaseline(indicator, now));
                log.indicator(indicatorId, "baseline", indicator.baseline(), now, Messages.get(
                        "indicators.log.baseline", indicator.name(), shown(indicator.baseline()), shown(now)));
                return;
            }
            String old = values.targetsOf(indicatorId).stream()
                    .filter(t -> t.year() == year && t.source() == source)
                    .map(IndicatorTarget::text).findFirst().orElse(null);
            if (text == null) {
                values.deleteTarget(indicatorId, year, source);
            } else {
                values.putTarget(new IndicatorTarget(indicatorId, year, source, text));
            }
            log.indicator(indicatorId, "target:" + year + ":" + source.name(), old, text,
                    Messages.get("indicators.log.target", indicator.name(), String.valueOf(year),
                            Messages.get("targetSource." + source.name()), shown(old), shown(text)));
        });
    }

    private void write(Consumer<DSLContext> change) {
        database.dsl().transaction(trx -> change.accept(trx.dsl()));
        database.checkpointSync();
    }

    private Indicator indicator(long indicatorId) throws EditRejectedException {
        return new IndicatorRepository(database.dsl()).find(indicatorId)
                .orElseThrow(() -> new EditRejectedException(Messages.get("indicators.edit.noIndicator")));
    }

    private Programme programme() throws EditRejectedException {
        return new ProgrammeRepository(database.dsl()).first()
                .orElseThrow(() -> new EditRejectedException(Messages.get("indicators.edit.noIndicator")));
    }

    private void checkYear(int year, boolean baseline) throws EditRejectedException {
        Programme p = programme();
        boolean inside = baseline || (year >= p.firstYear() && year <= p.lastYear());
        if (!inside) {
            throw new EditRejectedException(Messages.get("indicators.edit.badYear", String.valueOf(year),
                    String.valueOf(p.firstYear()), String.valueOf(p.lastYear())));
        }
    }

    private static void checkQuarter(int quarter) throws EditRejectedException {
        if (quarter < 1 || quarter > 4) {
            throw new EditRejectedException(Messages.get("indicators.edit.badQuarter"));
        }
    }

    private static void checkLength(String fieldKey, String text, int max) throws EditRejectedException {
        if (text != null && text.length() > max) {
            throw new EditRejectedException(Messages.get("indicators.edit.tooLong", Messages.get(fieldKey),
                    text.length(), max));
        }
    }

    private static String actualField(int year, int quarter) {
        return "actual:" + year + "Q" + quarter;
    }

    private static Indicator withBaseline(Indicator i, String baseline) {
        return new Indicator(i.id(), i.area(), i.number(), i.name(), i.normalizedName(), i.unit(), i.core(),
                i.direction(), i.leadUnit(), baseline, i.sortOrder());
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? Messages.get("indicators.log.none") : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
