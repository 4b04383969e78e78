package org.qiyouxiang.app.service;

import java.time.LocalDateTime;
import java.util.Objects;
import org.jooq.DSLContext;
import org.qiyouxiang.db.ChangeLogRepository;
import org.qiyouxiang.db.model.ChangeRecord;

/**
 * Writes the change log (留痕) inside the caller's transaction: who (the computer's user name), when,
 * which field, old and new value, and a sentence for the clerk.
 */
final class ChangeLogger {

    static final String INDICATOR = "indicator";
    static final String INDICATOR_TABLE = "indicator_table";
    static final String WORK_LIST = "work_list";

    private final ChangeLogRepository log;
    private final String actor;

    ChangeLogger(DSLContext dsl) {
        this.log = new ChangeLogRepository(dsl);
        this.actor = System.getProperty("user.name", "clerk");
    }

    /** Logs a change of an indicator's field when the value really changed. */
    void indicator(long indicatorId, String field, String oldValue, String newValue, String summary) {
        if (!Objects.equals(oldValue, newValue)) {
            log.append(new ChangeRecord(LocalDateTime.now(), actor, INDICATOR, indicatorId, null, field,
                    oldValue, newValue, summary));
        }
    }

    /** An indicator table imported: the file's name and what it brought. */
    void imported(String fileName, String summary) {
        log.append(new ChangeRecord(LocalDateTime.now(), actor, INDICATOR_TABLE, null, null, null, null, fileName,
                summary));
    }

    /** A year's work list imported (or the sample's): the file's name and what it brought or replaced. */
    void importedWorkList(String fileName, String summary) {
        log.append(new ChangeRecord(LocalDateTime.now(), actor, WORK_LIST, null, null, null, null, fileName,
                summary));
    }
}
