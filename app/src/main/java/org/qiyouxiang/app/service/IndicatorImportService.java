package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Place;
import org.qiyouxiang.app.core.indicators.IndicatorEntry;
import org.qiyouxiang.app.core.indicators.IndicatorTable;
import org.qiyouxiang.app.excel.IndicatorReadResult;
import org.qiyouxiang.app.excel.IndicatorTableReader;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.IndicatorRepository;
import org.qiyouxiang.db.IndicatorValueRepository;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.model.Indicator;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.TargetSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an indicator table in (the five-year table or a year's key indicators): read and preview
 * first, nothing written; then store it in one transaction, matched to the indicators already known,
 * linked to the work list's key-indicator items, and forced to disk before the clerk is told.
 */
public final class IndicatorImportService {

    private static final Logger LOG = LoggerFactory.getLogger(IndicatorImportService.class);

    private final Database database;
    private final IndicatorTableReader reader = new IndicatorTableReader();

    public IndicatorImportService(Database database) {
        this.database = database;
    }

    /**
     * Reads the file and says what it would bring in. Writes nothing.
     *
     * @param yearOverride the year of a key-indicator table, when the clerk chose one
     * @throws ImportException           with a Chinese message naming file, sheet, row and column
     * @throws org.qiyouxiang.app.excel.YearNotFoundException when a key-indicator table's year must be asked for
     */
    public IndicatorImportPreview preview(Path file, OptionalInt yearOverride) throws ImportException {
        IndicatorReadResult read = reader.read(file, yearOverride);
        IndicatorTable table = read.table();
        List<ImportProblem> warnings = new ArrayList<>(read.warnings());
        Optional<Programme> programme = new ProgrammeRepository(database.dsl()).first();
        if (programme.isEmpty()) {
            return new IndicatorImportPreview(file, table, List.of(), warnings, false);
        }
        long programmeId = programme.get().id();
        Map<String, Long> identities = IndicatorIdentities.of(database.dsl(), programmeId);
        Map<Long, Indicator> stored = new HashMap<>();
        new IndicatorRepository(database.dsl()).all(programmeId).forEach(i -> stored.put(i.id(), i));
        List<String> matched = new ArrayList<>();
        for (IndicatorEntry entry : table.entries()) {
            Long id = identities.get(entry.name().key());
            if (id != null) {
                matched.add(entry.name().name());
                unitWarning(table, entry, stored.get(id)).ifPresent(warnings::add);
            }
        }
        yearWarning(table, programme.get()).ifPresent(warnings::add);
        boolean exists = new IndicatorValueRepository(database.dsl())
                .hasTargets(programmeId, table.kind(), table.year());
        return new IndicatorImportPreview(file, table, matched, warnings, exists);
    }

    /**
     * Stores a previewed table, all or nothing.
     *
     * @param replace whether the targets this table brought before may be replaced
     * @throws TargetsExistException when they exist and {@code replace} is false; nothing is written
     */
    public IndicatorImportResult store(IndicatorImportPreview preview, boolean replace) throws TargetsExistException {
        IndicatorTable table = preview.table();
        IndicatorImportResult[] result = new IndicatorImportResult[1];
        try {
            database.dsl().transaction(trx -> {
                Programme programme = ProgrammeSetup.findOrCreate(new ProgrammeRepository(trx.dsl()), table.county());
                boolean exists = new IndicatorValueRepository(trx.dsl())
                        .hasTargets(programme.id(), table.kind(), table.year());
                if (exists && !replace) {
                    throw new Refused();
                }
                IndicatorStore.Outcome outcome = new IndicatorStore(trx.dsl(), programme.id()).store(table);
                int linked = IndicatorLinks.link(trx.dsl(), programme.id());
                result[0] = new IndicatorImportResult(preview.kind(), table.year(), table.areas().size(),
                        table.entries().size(), outcome.created(), outcome.matched(), linked, exists);
                new ChangeLogger(trx.dsl()).imported(table.sourceFile(), result[0].summary());
            });
        } catch (Refused e) {
            throw new TargetsExistException(preview.kind(), table.year());
        }
        database.checkpointSync();
        LOG.info("imported {} from {}: {}", preview.kind(), table.sourceFile(), result[0]);
        return result[0];
    }

    private static Optional<ImportProblem> unitWarning(IndicatorTable table, IndicatorEntry entry, Indicator stored) {
        String unit = entry.name().unit();
        if (unit == null || stored.unit() == null || unit.equals(stored.unit())) {
            return Optional.empty();
        }
        Place place = Place.file(table.sourceFile()).sheet(entry.sheet()).row(entry.row());
        return Optional.of(new ImportProblem(place,
                Messages.get("import.indicators.otherUnit", entry.name().name(), unit, stored.unit())));
    }

    private static Optional<ImportProblem> yearWarning(IndicatorTable table, Programme programme) {
        Integer year = table.year();
        if (year == null || (year >= programme.firstYear() && year <= programme.lastYear())) {
            return Optional.empty();
        }
        return Optional.of(new ImportProblem(Place.file(table.sourceFile()), Messages.get(
                "import.indicators.yearOutside", String.valueOf(year), String.valueOf(programme.firstYear()),
                String.valueOf(programme.lastYear()))));
    }

    /** Carries the refusal out of the jOOQ transaction lambda, which rolls back on it. */
    private static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }
}
