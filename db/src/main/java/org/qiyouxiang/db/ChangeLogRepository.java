package org.qiyouxiang.db;

import static org.qiyouxiang.db.jooq.Tables.CHANGE_LOG;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.qiyouxiang.db.model.ChangeLogEntry;

/**
 * The change log (留痕). Rows are written in the transaction of the change they record and never
 * updated; they stay when the item they speak of is deleted.
 */
public final class ChangeLogRepository {

    private final DSLContext dsl;

    public ChangeLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(List<ChangeLogEntry> entries) {
        List<Query> inserts = new ArrayList<>(entries.size());
        for (ChangeLogEntry e : entries) {
            inserts.add(dsl.insertInto(CHANGE_LOG)
                    .set(CHANGE_LOG.CHANGED_AT, e.changedAt())
                    .set(CHANGE_LOG.ACTOR, e.actor())
                    .set(CHANGE_LOG.ACTION, e.action())
                    .set(CHANGE_LOG.ENTITY, e.entity())
                    .set(CHANGE_LOG.ENTITY_ID, e.entityId())
                    .set(CHANGE_LOG.WORK_ITEM_ID, e.workItemId())
                    .set(CHANGE_LOG.QUARTER, e.quarter())
                    .set(CHANGE_LOG.FIELD, e.field())
                    .set(CHANGE_LOG.OLD_VALUE, e.oldValue())
                    .set(CHANGE_LOG.NEW_VALUE, e.newValue())
                    .set(CHANGE_LOG.SUMMARY, e.summary()));
        }
        if (inserts.size() == 1) {
            inserts.get(0).execute();
        } else if (!inserts.isEmpty()) {
            dsl.batch(inserts).execute();
        }
    }

    /** An item's history, newest first. */
    public List<ChangeLogEntry> forItem(long workItemId) {
        return dsl.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.WORK_ITEM_ID.eq(workItemId))
                .orderBy(CHANGE_LOG.CHANGED_AT.desc(), CHANGE_LOG.ID.desc())
                .fetch(ChangeLogRepository::toEntry);
    }

    /** Everything changed from {@code from} (inclusive) to {@code until} (exclusive), newest first. */
    public List<ChangeLogEntry> between(LocalDateTime from, LocalDateTime until) {
        return dsl.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.CHANGED_AT.ge(from).and(CHANGE_LOG.CHANGED_AT.lt(until)))
                .orderBy(CHANGE_LOG.CHANGED_AT.desc(), CHANGE_LOG.ID.desc())
                .fetch(ChangeLogRepository::toEntry);
    }

    private static ChangeLogEntry toEntry(Record r) {
        return new ChangeLogEntry(r.get(CHANGE_LOG.ID), r.get(CHANGE_LOG.CHANGED_AT), r.get(CHANGE_LOG.ACTOR),
                r.get(CHANGE_LOG.ACTION), r.get(CHANGE_LOG.ENTITY), r.get(CHANGE_LOG.ENTITY_ID),
                r.get(CHANGE_LOG.WORK_ITEM_ID), r.get(CHANGE_LOG.QUARTER), r.get(CHANGE_LOG.FIELD),
                r.get(CHANGE_LOG.OLD_VALUE), r.get(CHANGE_LOG.NEW_VALUE), r.get(CHANGE_LOG.SUMMARY));
    }
}
