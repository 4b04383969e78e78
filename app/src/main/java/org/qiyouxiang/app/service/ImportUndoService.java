package org.qiyouxiang.app.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.progress.ChangeSet;
import org.qiyouxiang.db.ChangeLogRepository;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.ProgressRepository;
import org.qiyouxiang.db.WorkListRepository;
import org.qiyouxiang.db.model.ChangeLogEntry;
import org.qiyouxiang.db.model.Programme;

/**
 * Undo and redo of a work-list import. The window takes a {@link #snapshot(int)} of the year before and
 * after the import and keeps the {@link ListReplacement} in its history; undoing puts the old list back
 * under its old item ids, with its progress, so that earlier steps of the history still apply.
 */
public final class ImportUndoService {

    private final Database database;
    private final Clock clock;
    private final String actor;

    public ImportUndoService(Database database, Clock clock, String actor) {
        this.database = database;
        this.clock = clock;
        this.actor = actor;
    }

    /** The year as stored now, or null when it is not stored. */
    public YearSnapshot snapshot(int year) {
        return snapshot(new ProgrammeRepository(database.dsl()), new WorkListRepository(database.dsl()),
                new ProgressRepository(database.dsl()), year).orElse(null);
    }

    /**
     * Replaces the year's list by {@code replacement.after()}, all or nothing, forced to disk. Refused when
     * the year is no longer as {@code replacement.before()} says (it was edited or imported again since).
     */
    public void apply(ListReplacement replacement, ChangeSet.Action action) throws SaveRefusedException {
        int year = replacement.year();
        boolean applied = database.dsl().transactionResult(trx -> {
            WorkListRepository lists = new WorkListRepository(trx.dsl());
            ProgressRepository progress = new ProgressRepository(trx.dsl());
            ProgrammeRepository programmes = new ProgrammeRepository(trx.dsl());
            Optional<YearSnapshot> now = snapshot(programmes, lists, progress, year);
            if (!sameYear(now.orElse(null), replacement.before())) {
                return false;
            }
            Programme programme = programmes.first().orElseThrow();
            lists.delete(programme.id(), year);
            Long listId = null;
            if (replacement.after() != null) {
                listId = lists.insert(programme.id(), replacement.after().list(), true);
                progress.insertAll(replacement.after().progress());
            }
            int items = replacement.after() == null ? 0 : replacement.after().list().items().size();
            new ChangeLogRepository(trx.dsl()).insert(List.of(new ChangeLogEntry(null, LocalDateTime.now(clock), actor,
                    action.logName(), "work_list", listId, null, null, null, null, null,
                    Messages.get("changelog.summary.listReplaced", year, items))));
            return true;
        });
        if (!applied) {
            throw new SaveRefusedException(Messages.get("undo.import.stale", year));
        }
        database.checkpointSync();
    }

    private static Optional<YearSnapshot> snapshot(ProgrammeRepository programmes, WorkListRepository lists,
                                                    ProgressRepository progress, int year) {
        return programmes.first().flatMap(p -> lists.find(p.id(), year))
                .map(list -> new YearSnapshot(list, progress.forList(list.id())));
    }

    /** The same items under the same ids with the same progress; list ids and import times may differ. */
    private static boolean sameYear(YearSnapshot a, YearSnapshot b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.list().items().equals(b.list().items())
                && new HashSet<>(a.progress()).equals(new HashSet<>(b.progress()));
    }
}
