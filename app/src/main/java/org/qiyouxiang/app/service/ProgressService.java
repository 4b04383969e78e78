package org.qiyouxiang.app.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.progress.Change;
import org.qiyouxiang.app.core.progress.ChangeSet;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.db.ChangeLogRepository;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.ProgressRepository;
import org.qiyouxiang.db.UnitRepository;
import org.qiyouxiang.db.WorkListRepository;
import org.qiyouxiang.db.model.ChangeLogEntry;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.WorkList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quarterly progress of a year: loaded whole for the table, saved a cell or a pasted block at a
 * time. Every save is one transaction with its change-log rows, forced to disk before the method
 * returns, so the clerk is told 已保存 only for what survives a crash. Undo and redo are change sets
 * too ({@link ChangeSet#inverse()}): the window keeps the history, this service writes it.
 */
public final class ProgressService {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressService.class);
    private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);

    private final Database database;
    private final Clock clock;
    private final String actor;

    /**
     * @param clock what today is for the status rules and when changes happened; tests fix it
     * @param actor who the change log names ({@link Actor#current()})
     */
    public ProgressService(Database database, Clock clock, String actor) {
        this.database = database;
        this.clock = clock;
        this.actor = actor;
    }

    /** Today, for {@link ProgressBook#rows(int, LocalDate)}. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A year's list with all its progress, or empty when the year is not stored. */
    public Optional<ProgressBook> load(int year) {
        long start = System.nanoTime();
        Optional<ProgressBook> book = database.dsl().transactionResult(trx -> {
            var programme = new ProgrammeRepository(trx.dsl()).first();
            if (programme.isEmpty()) {
                return Optional.<ProgressBook>empty();
            }
            Optional<WorkList> list = new WorkListRepository(trx.dsl(), database.workListCache()).find(programme.get().id(), year);
            if (list.isEmpty()) {
                return Optional.<ProgressBook>empty();
            }
            List<QuarterProgress> progress = new ProgressRepository(trx.dsl()).forList(list.get().id());
            return Optional.of(ProgressBook.of(list.get(), progress, unitAliases(new UnitRepository(trx.dsl()))));
        });
        LOG.info("progress of {} loaded in {} ms", year, (System.nanoTime() - start) / 1_000_000);
        return book;
    }

    /** Saves one cell; returns what is stored for its quarter now. */
    public QuarterProgress save(Change change) throws SaveRefusedException {
        List<QuarterProgress> saved = apply(ChangeSet.edit(change));
        return saved.isEmpty() ? null : saved.get(0);
    }

    /**
     * Writes a change set all or nothing, with its change-log rows, and forces it to disk. A change whose
     * cell no longer holds the value it expects ({@link Change#before()}), a text too long, a percentage out
     * of range or an item that is gone refuses the whole set.
     *
     * @return what is stored now for each quarter the set touched, to put into the {@link ProgressBook}
     */
    public List<QuarterProgress> apply(ChangeSet set) throws SaveRefusedException {
        return apply(set, dsl -> { });
    }

    /**
     * {@link #apply(ChangeSet)}, with more work of the caller's done in the same transaction (the form
     * tracker's rows of an import): all of it is stored, or none.
     */
    List<QuarterProgress> apply(ChangeSet set, java.util.function.Consumer<org.jooq.DSLContext> alsoInTransaction)
            throws SaveRefusedException {
        ChangeSet changes = set.withoutNoOps();
        if (changes.isEmpty()) {
            database.dsl().transaction(trx -> alsoInTransaction.accept(trx.dsl()));
            database.checkpointSync();
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, QuarterProgress> touched = new LinkedHashMap<>();
        try {
            database.dsl().transaction(trx -> {
                ProgressRepository repository = new ProgressRepository(trx.dsl());
                Map<Long, String> names = new HashMap<>();
                List<ChangeLogEntry> log = new ArrayList<>();
                for (Change change : changes.changes()) {
                    String key = change.workItemId() + ":" + change.quarter();
                    String name = names.computeIfAbsent(change.workItemId(),
                            id -> repository.itemName(id).orElseThrow(() -> refused("progress.save.itemGone")));
                    QuarterProgress before = touched.computeIfAbsent(key,
                            k -> repository.find(change.workItemId(), change.quarter()));
                    check(change, before, name);
                    QuarterProgress after = before.with(change.field(), change.after(), now);
                    long rowId = repository.write(after);
                    touched.put(key, after);
                    log.addAll(ProgressLog.entries(before, after, change.field(), rowId, name, actor, changes.action(), now));
                }
                new ChangeLogRepository(trx.dsl()).insert(log);
                alsoInTransaction.accept(trx.dsl());
            });
        } catch (Refused e) {
            throw new SaveRefusedException(e.getMessage());
        }
        database.checkpointSync();
        LOG.info("saved {} change(s) ({})", changes.changes().size(), changes.action().logName());
        return List.copyOf(touched.values());
    }

    /** An item's history, newest first. */
    public List<ChangeLogEntry> history(long workItemId) {
        return new ChangeLogRepository(database.dsl()).forItem(workItemId);
    }

    /** Everything changed from {@code from} to {@code to}, both days included, newest first. */
    public List<ChangeLogEntry> history(LocalDate from, LocalDate to) {
        return new ChangeLogRepository(database.dsl()).between(from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }

    private static void check(Change change, QuarterProgress stored, String name) {
        String quarter = Quarters.label(change.quarter());
        String field = Messages.get("progress.field." + change.field().name());
        if (!stored.holds(change.field(), change.before())) {
            throw refused("progress.save.stale", name, quarter, field);
        }
        Object value = change.after();
        String text = value instanceof String s ? s
                : value instanceof org.qiyouxiang.db.model.StatusChoice c ? c.reason() : null;
        if (text != null && text.length() > change.field().maxLength()) {
            throw refused("progress.save.tooLong", name, quarter, field, text.length(), change.field().maxLength());
        }
        if (value instanceof java.math.BigDecimal percent && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
            throw refused("progress.save.percentRange", name, quarter);
        }
    }

    /** Unit name to its other spellings, from the aliases the database knows. */
    static Map<String, List<String>> unitAliases(UnitRepository units) {
        Map<String, List<String>> aliases = new HashMap<>();
        units.canonicalNames().forEach((spelling, name) -> {
            if (!spelling.equals(name)) {
                aliases.computeIfAbsent(name, n -> new ArrayList<>()).add(spelling);
            }
        });
        aliases.values().forEach(list -> list.sort(null));
        return aliases;
    }

    private static Refused refused(String key, Object... args) {
        return new Refused(Messages.get(key, args));
    }

    /** Carries a refusal out of the transaction, which rolls back on it. */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
