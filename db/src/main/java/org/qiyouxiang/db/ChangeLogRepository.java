package org.qiyouxiang.db;

import static org.qiyouxiang.db.jooq.Tables.CHANGE_LOG;

import java.util.List;
import org.jooq.DSLContext;
import org.qiyouxiang.db.jooq.tables.records.ChangeLogRecord;
import org.qiyouxiang.db.model.ChangeRecord;

/** The change log (留痕): appended to by every change the clerk makes, never edited. */
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
}
