package org.qiyouxiang.app.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.qiyouxiang.db.ChangeLogRepository;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.IndicatorRepository;
import org.qiyouxiang.db.IndicatorValueRepository;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.model.ChangeRecord;
import org.qiyouxiang.db.model.IndicatorActual;
import org.qiyouxiang.db.model.IndicatorTarget;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.TargetSource;

/**
 * The programme's indicators for the screens: the table of a year with targets, latest actuals and
 * judgements, one indicator's five-year series, its history; and the clerk's changes (actual values,
 * targets, name, unit, direction), each in its own transaction, logged and forced to disk.
 */
public final class IndicatorService {

    private final Database database;
    private final IndicatorEdits edits;

    public IndicatorService(Database database) {
        this.database = database;
        this.edits = new IndicatorEdits(database);
    }

    /** The programme's years (2023 … 2027): the years with targets and actuals. Empty before any import. */
    public List<Integer> years() {
        return programme().map(p -> IntStream.rangeClosed(p.firstYear(), p.lastYear()).boxed().toList())
                .orElse(List.of());
    }

    /** The baseline year (2022), if a programme exists. */
    public Optional<Integer> baselineYear() {
        return programme().map(Programme::baselineYear);
    }

    /** Every indicator in the programme's order (the five-year table's first), judged for a year. */
    public List<IndicatorRow> indicators(int year) {
        Optional<Programme> programme = programme();
        if (programme.isEmpty()) {
            return List.of();
        }
        long id = programme.get().id();
        IndicatorValueRepository values = new IndicatorValueRepository(database.dsl());
        Map<Long, List<IndicatorTarget>> targets = byIndicator(values.targets(id), IndicatorTarget::indicatorId);
        Map<Long, List<IndicatorActual>> actuals = byIndicator(values.actuals(id), IndicatorActual::indicatorId);
        IndicatorRepository indicators = new IndicatorRepository(database.dsl());
        Map<Long, Integer> links = indicators.linkCounts(id);
        IndicatorRowBuilder builder = new IndicatorRowBuilder(programme.get());
        return indicators.all(id).stream()
                .map(i -> builder.row(i, targets.getOrDefault(i.id(), List.of()),
                        actuals.getOrDefault(i.id(), List.of()), year, links))
                .toList();
    }

    /** The indicators the year's key-indicator table names, in the programme's order. */
    public List<IndicatorRow> keyIndicators(int year) {
        return indicators(year).stream().filter(IndicatorRow::keyIndicator).toList();
    }

    public Optional<IndicatorRow> indicator(long indicatorId, int year) {
        return programme().flatMap(p -> new IndicatorRepository(database.dsl()).find(indicatorId).map(i -> {
            IndicatorValueRepository values = new IndicatorValueRepository(database.dsl());
            return new IndicatorRowBuilder(p).row(i, values.targetsOf(indicatorId), values.actualsOf(indicatorId),
                    year, new IndicatorRepository(database.dsl()).linkCounts(p.id()));
        }));
    }

    /** The indicator a work-list item (a 重点指标 row) is linked to by name, judged for a year. */
    public Optional<IndicatorRow> indicatorForWorkItem(long workItemId, int year) {
        return new IndicatorRepository(database.dsl()).indicatorOf(workItemId).flatMap(id -> indicator(id, year));
    }

    /** The baseline and every programme year's target and latest actual, for a chart. */
    public Optional<IndicatorSeries> series(long indicatorId) {
        return programme().flatMap(p -> new IndicatorRepository(database.dsl()).find(indicatorId).map(i -> {
            IndicatorValueRepository values = new IndicatorValueRepository(database.dsl());
            return new IndicatorRowBuilder(p).series(i, values.targetsOf(indicatorId), values.actualsOf(indicatorId));
        }));
    }

    /** The actuals reported in a year, by quarter. */
    public List<IndicatorActual> actuals(long indicatorId, int year) {
        return new IndicatorValueRepository(database.dsl()).actualsOf(indicatorId).stream()
                .filter(a -> a.year() == year).toList();
    }

    /** Every change of the indicator, its targets and actuals, oldest first (留痕). */
    public List<ChangeRecord> history(long indicatorId) {
        return new ChangeLogRepository(database.dsl()).of(ChangeLogger.INDICATOR, indicatorId);
    }

    /** True when the five-year table has been imported: the indicator export has something to print. */
    public boolean hasFiveYearTable() {
        return programme().map(p -> new IndicatorValueRepository(database.dsl())
                .hasTargets(p.id(), TargetSource.FIVE_YEAR, null)).orElse(false);
    }

    /**
     * Records what a unit reported for a quarter (replacing an earlier value of that quarter).
     *
     * @param text       as written: {@code 2.65}, {@code 职工84%；城乡居民65%}
     * @param reportedOn the date of the report, or null
     * @param note       the clerk's note, or null
     * @return the indicator judged for that year, with this value if it is the latest
     */
    public IndicatorRow recordActual(long indicatorId, int year, int quarter, String text, LocalDate reportedOn,
                                     String note) throws EditRejectedException {
        edits.recordActual(new IndicatorActual(indicatorId, year, quarter, text, reportedOn, note));
        return indicator(indicatorId, year).orElseThrow();
    }

    /** Removes the value of a quarter; returns the indicator judged for that year. */
    public IndicatorRow clearActual(long indicatorId, int year, int quarter) throws EditRejectedException {
        edits.clearActual(indicatorId, year, quarter);
        return indicator(indicatorId, year).orElseThrow();
    }

    /** Changes name, unit, core mark, direction and lead unit; each changed field is logged. */
    public void updateIndicator(long indicatorId, IndicatorEdit edit) throws EditRejectedException {
        edits.update(indicatorId, edit);
    }

    /**
     * Changes a target's text; a text that cannot be read as a number or bound is kept as written and
     * judged by hand. The baseline year's FIVE_YEAR target is the baseline.
     *
     * @param text the new text, or null to remove the target ("" keeps an empty cell)
     * @return the indicator judged for that year
     */
    public IndicatorRow updateTarget(long indicatorId, int year, TargetSource source, String text)
            throws EditRejectedException {
        edits.updateTarget(indicatorId, year, source, text);
        int judged = programme().map(p -> Math.max(year, p.firstYear())).orElse(year);
        return indicator(indicatorId, judged).orElseThrow();
    }

    private Optional<Programme> programme() {
        return new ProgrammeRepository(database.dsl()).first();
    }

    private static <T> Map<Long, List<T>> byIndicator(List<T> all, Function<T, Long> key) {
        return all.stream().collect(Collectors.groupingBy(key));
    }
}
