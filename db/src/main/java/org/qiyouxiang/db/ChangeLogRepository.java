package org.qiyouxiang.db;

import static org.qiyouxiang.db.jooq.Tables.CHANGE_LOG;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.qiyouxiang.db.jooq.tables.records.ChangeLogRecord;
import org.qiyouxiang.db.model.ChangeLogEntry;
import org.qiyouxiang.db.model.ChangeRecord;

/**
 * The change log (留痕): appended to by every change the clerk makes, in the change's own transaction,
 * never edited; rows stay when the item they speak of is deleted.
 */
public final class ChangeLogRepository {

    /** The columns' sizes: longer values are cut, so that logging never fails a change. */
    private static final int VALUE_LENGTH = 4000;
    private static final int SUMMARY_LENGTH = 1000;
    private static final int ACTOR_LENGTH = 100;

    private final DSLContext dsl;

    public ChangeLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void append(ChangeRecord change) {
        dsl.insertInto(CHANGE_LOG)
                .set(CHANGE_LOG.CHANGED_AT, change.changedAt())
                .set(CHANGE_LOG.ACTOR, cut(change.actor(), ACTOR_LENGTH))
                .set(CHANGE_LOG.ENTITY, change.entity())
                .set(CHANGE_LOG.ENTITY_ID, change.entityId())
                .set(CHANGE_LOG.WORK_ITEM_ID, change.workItemId())
                .set(CHANGE_LOG.FIELD, change.field())
                .set(CHANGE_LOG.OLD_VALUE, cut(change.oldValue(), VALUE_LENGTH))
                .set(CHANGE_LOG.NEW_VALUE, cut(change.newValue(), VALUE_LENGTH))
                .set(CHANGE_LOG.SUMMARY, cut(change.summary(), SUMMARY_LENGTH))
                .execute();
    }

    /** The changes of one entity (e.g. an indicator and its targets and actuals), oldest first. */
    public List<ChangeRecord> of(String entity, long entityId) {
        return dsl.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.ENTITY.eq(entity).and(CHANGE_LOG.ENTITY_ID.eq(entityId)))
                .orderBy(CHANGE_LOG.CHANGED_AT, CHANGE_LOG.ID)
                .fetch(ChangeLogRepository::toChange);
    }

    /** Every change of a field of an entity kind, oldest first: e.g. all former names of indicators. */
    public List<ChangeRecord> ofField(String entity, String field) {
        return dsl.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.ENTITY.eq(entity).and(CHANGE_LOG.FIELD.eq(field)))
                .orderBy(CHANGE_LOG.CHANGED_AT, CHANGE_LOG.ID)
                .fetch(ChangeLogRepository::toChange);
    }

    /** True when a field of the entity has been changed by hand at least once. */
    public boolean changed(String entity, long entityId, String field) {
        return dsl.fetchExists(CHANGE_LOG, CHANGE_LOG.ENTITY.eq(entity)
                .and(CHANGE_LOG.ENTITY_ID.eq(entityId)).and(CHANGE_LOG.FIELD.eq(field)));
    }

    private static ChangeRecord toChange(ChangeLogRecord r) {
        return new ChangeRecord(r.getChangedAt(), r.getActor(), r.getEntity(), r.getEntityId(), r.getWorkItemId(),
                r.getField(), r.getOldValue(), r.getNewValue(), r.getSummary());
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    // Progress and work items: entries with the quarter and the action (edit, paste, undo, redo).

    public void insert(List<ChangeLogEntry> entries) {
        List<Query> inserts = new ArrayList<>(entries.size());
        for (ChangeLogEntry e : entries) {
            inserts.add(dsl.insertInto(CHANGE_LOG)
                    .set(CHANGE_LOG.CHANGED_AT, e.changedAt())
                    .set(CHANGE_LOG.ACTOR, cut(e.actor(), ACTOR_LENGTH))
                    .set(CHANGE_LOG.ACTION, e.action())
                    .set(CHANGE_LOG.ENTITY, e.entity())
                    .set(CHANGE_LOG.ENTITY_ID, e.entityId())
                    .set(CHANGE_LOG.WORK_ITEM_ID, e.workItemId())
                    .set(CHANGE_LOG.QUARTER, e.quarter())
                    .set(CHANGE_LOG.FIELD, e.field())
                    .set(CHANGE_LOG.OLD_VALUE, cut(e.oldValue(), VALUE_LENGTH))
                    .set(CHANGE_LOG.NEW_VALUE, cut(e.newValue(), VALUE_LENGTH))
                    .set(CHANGE_LOG.SUMMARY, cut(e.summary(), SUMMARY_LENGTH)));
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

    /** The whole log, newest first: for the all-data workbook. */
    public List<ChangeLogEntry> all() {
        return dsl.selectFrom(CHANGE_LOG)
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
