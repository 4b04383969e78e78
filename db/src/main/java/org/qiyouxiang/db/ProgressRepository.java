package org.qiyouxiang.db;

import static org.qiyouxiang.db.jooq.Tables.QUARTER_PROGRESS;
import static org.qiyouxiang.db.jooq.Tables.WORK_ITEM;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.StatusChoice;

/**
 * The quarterly progress of work items (完成情况, 状态, 完成进度, 存在问题, 下步打算): one row per item
 * and quarter, present only once something was entered. The caller holds the transaction.
 */
public final class ProgressRepository {

    private static final org.qiyouxiang.db.jooq.tables.QuarterProgress QP = QUARTER_PROGRESS;

    private static final List<org.jooq.SelectField<?>> COLUMNS = List.of(QP.WORK_ITEM_ID, QP.QUARTER, QP.DONE_TEXT,
            QP.STATUS, QP.STATUS_OVERRIDDEN, QP.OVERRIDE_REASON, QP.PERCENT_DONE, QP.PROBLEMS, QP.NEXT_STEPS,
            QP.UPDATED_AT);

    private final DSLContext dsl;

    public ProgressRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Everything stored for the items of a year's list, in one query. */
    public List<QuarterProgress> forList(long workListId) {
        return select()
                .join(WORK_ITEM).on(WORK_ITEM.ID.eq(QP.WORK_ITEM_ID))
                .where(WORK_ITEM.WORK_LIST_ID.eq(workListId))
                .fetch(ProgressRepository::toProgress);
    }

    /** What is stored for an item's quarter, or an empty progress when nothing is. */
    public QuarterProgress find(long workItemId, int quarter) {
        return select().where(QP.WORK_ITEM_ID.eq(workItemId).and(QP.QUARTER.eq(quarter)))
                .fetchOptional(ProgressRepository::toProgress)
                .orElseGet(() -> QuarterProgress.empty(workItemId, quarter));
    }

    /** The id of the stored row of an item's quarter, if there is one. */
    public Optional<Long> idOf(long workItemId, int quarter) {
        return dsl.select(QP.ID).from(QP).where(QP.WORK_ITEM_ID.eq(workItemId).and(QP.QUARTER.eq(quarter)))
                .fetchOptional(QP.ID);
    }

    /** The name of a work item, empty when there is no such item (any more). */
    public Optional<String> itemName(long workItemId) {
        return dsl.select(WORK_ITEM.NAME).from(WORK_ITEM).where(WORK_ITEM.ID.eq(workItemId)).fetchOptional(WORK_ITEM.NAME);
    }

    /** Stores an item's quarter whole, inserting the row when it is new. Returns the row's id. */
    public long write(QuarterProgress p) {
        Optional<Long> id = idOf(p.workItemId(), p.quarter());
        if (id.isPresent()) {
            dsl.update(QP)
                    .set(QP.DONE_TEXT, p.doneText())
                    .set(QP.STATUS, statusName(p.status()))
                    .set(QP.STATUS_OVERRIDDEN, p.status().overridden())
                    .set(QP.OVERRIDE_REASON, p.status().reason())
                    .set(QP.PERCENT_DONE, p.percent())
                    .set(QP.PROBLEMS, p.problems())
                    .set(QP.NEXT_STEPS, p.nextSteps())
                    .set(QP.UPDATED_AT, p.updatedAt())
                    .where(QP.ID.eq(id.get()))
                    .execute();
            return id.get();
        }
        return insert(p);
    }

    /** Inserts rows known to be new (a generated programme, a restored year) in batches. */
    public void insertAll(Collection<QuarterProgress> rows) {
        List<org.jooq.Query> batch = new ArrayList<>(500);
        for (QuarterProgress p : rows) {
            batch.add(insertQuery(p));
            if (batch.size() == 500) {
                dsl.batch(batch).execute();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            dsl.batch(batch).execute();
        }
    }

    private long insert(QuarterProgress p) {
        return insertQuery(p).returningResult(QP.ID).fetchOne(QP.ID);
    }

    private org.jooq.InsertSetMoreStep<?> insertQuery(QuarterProgress p) {
        return dsl.insertInto(QP)
                .set(QP.WORK_ITEM_ID, p.workItemId())
                .set(QP.QUARTER, p.quarter())
                .set(QP.DONE_TEXT, p.doneText())
                .set(QP.STATUS, statusName(p.status()))
                .set(QP.STATUS_OVERRIDDEN, p.status().overridden())
                .set(QP.OVERRIDE_REASON, p.status().reason())
                .set(QP.PERCENT_DONE, p.percent())
                .set(QP.PROBLEMS, p.problems())
                .set(QP.NEXT_STEPS, p.nextSteps())
                .set(QP.UPDATED_AT, p.updatedAt());
    }

    private SelectJoinStep<Record> select() {
        return dsl.select(COLUMNS).from(QP);
    }

    private static QuarterProgress toProgress(Record r) {
        String status = r.get(QP.STATUS);
        StatusChoice choice = status == null ? StatusChoice.NONE
                : new StatusChoice(Status.valueOf(status), r.get(QP.STATUS_OVERRIDDEN), r.get(QP.OVERRIDE_REASON));
        return new QuarterProgress(r.get(QP.WORK_ITEM_ID), r.get(QP.QUARTER), r.get(QP.DONE_TEXT), choice,
                r.get(QP.PERCENT_DONE), r.get(QP.PROBLEMS), r.get(QP.NEXT_STEPS), r.get(QP.UPDATED_AT));
    }

    private static String statusName(StatusChoice choice) {
        return choice.isNone() ? null : choice.status().name();
    }
}
