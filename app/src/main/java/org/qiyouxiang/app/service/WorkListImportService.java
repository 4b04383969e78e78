package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jooq.exception.DataAccessException;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.LogSafe;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.excel.WorkListReadResult;
import org.qiyouxiang.app.excel.WorkListReader;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.DatabaseException;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.ProgressRepository;
import org.qiyouxiang.db.UnitRepository;
import org.qiyouxiang.db.WorkListRepository;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a work-list spreadsheet in: read and preview first (nothing written), then store the whole
 * list in one transaction, forced to disk before the clerk is told it is saved.
 */
public final class WorkListImportService {

    private static final Logger LOG = LoggerFactory.getLogger(WorkListImportService.class);

    private final Database database;
    private final Runnable beforeStore;
    private final WorkListReader reader = new WorkListReader();

    /** Without a backup before each store: for tests only; the app gets its service from {@link Workspace}. */
    WorkListImportService(Database database) {
        this(database, () -> { });
    }

    /** @param beforeStore runs before each store's transaction: the workspace makes a verified backup there */
    WorkListImportService(Database database, Runnable beforeStore) {
        this.database = database;
        this.beforeStore = beforeStore;
    }

    /** Reads the file and says what it would bring in. Writes nothing. */
    public ImportPreview preview(Path file, OptionalInt yearOverride) throws ImportException {
        WorkListReadResult read = reader.read(file, yearOverride);
        Map<String, String> canonical = new UnitRepository(database.dsl()).canonicalNames();
        WorkList matched = withCanonicalUnits(read.workList(), canonical);
        boolean exists = new ProgrammeRepository(database.dsl()).first()
                .map(p -> new WorkListRepository(database.dsl()).exists(p.id(), matched.year()))
                .orElse(false);
        return new ImportPreview(file, matched, read.county(), read.warnings(), exists);
    }

    /**
     * Stores a previewed list, all or nothing.
     *
     * @param replace whether an existing list of the same year may be replaced
     * @throws YearExistsException when the year exists and {@code replace} is false; nothing is written
     * @throws DatabaseException     with a message for the clerk when the backup before it or the write
     *                               failed; nothing of this list is stored, everything saved before stays
     */
    public ImportResult store(ImportPreview preview, boolean replace) throws YearExistsException {
        WorkList list = preview.workList();
        backUpFirst();
        boolean[] replaced = {false};
        int[] carried = {0};
        ImportResult[] result = {null};
        try {
            database.dsl().transaction(trx -> {
                Programme programme = ProgrammeSetup.findOrCreate(new ProgrammeRepository(trx.dsl()), preview.county());
                WorkListRepository lists = new WorkListRepository(trx.dsl());
                ProgressRepository progress = new ProgressRepository(trx.dsl());
                ProgressCarryOver.Kept kept = null;
                if (lists.exists(programme.id(), list.year())) {
                    if (!replace) {
                        throw new YearExistsRuntime(list.year());
                    }
                    WorkList old = lists.find(programme.id(), list.year()).orElseThrow();
                    kept = new ProgressCarryOver.Kept(old, progress.forList(old.id()));
                    lists.delete(programme.id(), list.year());
                    replaced[0] = true;
                }
                lists.insert(programme.id(), list);
                IndicatorLinks.link(trx.dsl(), programme.id());
                if (kept != null && !kept.progress().isEmpty()) {
                    // progress entered since the last import stays with the items that are still there
                    carried[0] = ProgressCarryOver.carry(kept,
                            lists.find(programme.id(), list.year()).orElseThrow(), progress);
                }
                result[0] = new ImportResult(list.year(), list.areas().size(), list.items().size(), replaced[0]);
                String summary = result[0].summary();
                if (replaced[0]) {
                    summary += Messages.get("import.summary.replaced", String.valueOf(list.year()), carried[0]);
                }
                new ChangeLogger(trx.dsl()).importedWorkList(list.sourceFile(), summary);
            });
            database.checkpointSync();
        } catch (YearExistsRuntime e) {
            throw new YearExistsException(e.year);
        } catch (DataAccessException | DatabaseException e) {
            throw DatabaseFailures.saveFailed(e);
        }
        LOG.info("imported work list {} with {} items (replaced: {}, progress kept for {} items)", list.year(),
                list.items().size(), replaced[0], carried[0]);
        return result[0];
    }

    /** The state before the import, kept as a verified backup; without it nothing is written. */
    private void backUpFirst() {
        try {
            beforeStore.run();
        } catch (DatabaseException e) {
            throw new DatabaseException(e.problem(), Messages.get("db.error.backupBeforeImport", e.getMessage()), e);
        } catch (RuntimeException e) {
            LOG.error("backup before import failed", LogSafe.redact(e));
            throw DatabaseFailures.clerk(DatabaseException.Problem.OTHER,
                    Messages.get("db.error.backupBeforeImport", ""), e);
        }
    }

    static WorkList withCanonicalUnits(WorkList list, Map<String, String> canonical) {
        List<WorkItem> items = list.items().stream().map(item -> new WorkItem(item.id(), item.area(), item.kind(),
                item.kindText(), item.number(), item.name(), item.lines().stream()
                .map(line -> new ItemLine(line.ownName(), line.unitsText(),
                        line.units().stream().map(u -> canonical.getOrDefault(u, u)).distinct().toList(),
                        line.personsText(), line.persons(), line.milestones()))
                .toList())).toList();
        return new WorkList(list.id(), list.year(), list.title(), list.sourceFile(), items);
    }

    /** Carries the refusal out of the jOOQ transaction lambda, which rolls back on it. */
    private static final class YearExistsRuntime extends RuntimeException {
        private final int year;

        YearExistsRuntime(int year) {
            super(null, null, false, false);
            this.year = year;
        }
    }
}
