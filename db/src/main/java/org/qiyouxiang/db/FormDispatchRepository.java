package org.qiyouxiang.db;

import static org.qiyouxiang.db.jooq.Tables.FORM_DISPATCH;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.qiyouxiang.db.model.FormDispatch;

/** The return tracker of the fill-in forms: one row per programme, year, quarter and lead unit. */
public final class FormDispatchRepository {

    private static final org.qiyouxiang.db.jooq.tables.FormDispatch FD = FORM_DISPATCH;

    private final DSLContext dsl;

    public FormDispatchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The forms of a quarter, by unit name. */
    public List<FormDispatch> forQuarter(long programmeId, int year, int quarter) {
        return dsl.selectFrom(FD)
                .where(FD.PROGRAMME_ID.eq(programmeId).and(FD.REPORT_YEAR.eq(year)).and(FD.QUARTER.eq(quarter)))
                .orderBy(FD.ID)
                .fetch(FormDispatchRepository::toDispatch);
    }

    /** The form touched last (generated, returned or imported): the quarter the clerk is collecting. */
    public Optional<FormDispatch> latest(long programmeId) {
        var touched = DSL.greatest(DSL.coalesce(FD.GENERATED_AT, FD.RETURNED_AT),
                DSL.coalesce(FD.RETURNED_AT, FD.GENERATED_AT));
        return dsl.selectFrom(FD)
                .where(FD.PROGRAMME_ID.eq(programmeId))
                .orderBy(touched.desc().nullsLast(), FD.ID.desc())
                .limit(1)
                .fetchOptional(FormDispatchRepository::toDispatch);
    }

    /**
     * Records a form as generated. Generating it again keeps what the unit already returned: that it did is a
     * fact the clerk relies on when chasing the others, and the progress it brought is stored anyway.
     */
    public void generated(long programmeId, int year, int quarter, String unit, int itemCount, String fileName,
                          LocalDateTime at) {
        int updated = dsl.update(FD)
                .set(FD.ITEM_COUNT, itemCount)
                .set(FD.FILE_NAME, fileName)
                .set(FD.GENERATED_AT, at)
                .where(key(programmeId, year, quarter, unit))
                .execute();
        if (updated == 0) {
            dsl.insertInto(FD)
                    .set(FD.PROGRAMME_ID, programmeId).set(FD.REPORT_YEAR, year).set(FD.QUARTER, quarter)
                    .set(FD.UNIT_NAME, unit).set(FD.ITEM_COUNT, itemCount).set(FD.FILE_NAME, fileName)
                    .set(FD.GENERATED_AT, at)
                    .execute();
        }
    }

    /** Records a returned form and, when {@code importedAt} is not null, that its changes were stored. */
    public void returned(long programmeId, int year, int quarter, String unit, int itemCount, String returnedFile,
                         LocalDateTime returnedAt, LocalDateTime importedAt, int changeCount) {
        int updated = dsl.update(FD)
                .set(FD.RETURNED_AT, returnedAt)
                .set(FD.RETURNED_FILE, returnedFile)
                .set(FD.IMPORTED_AT, importedAt)
                // Added up over the unit's imports: the same form imported again adds nothing and keeps the count.
                .set(FD.CHANGE_COUNT, DSL.coalesce(FD.CHANGE_COUNT, DSL.inline(0)).plus(changeCount))
                .where(key(programmeId, year, quarter, unit))
                .execute();
        if (updated == 0) {
            // A form the tracker never saw generated (made on another PC, or before the tracker existed).
            dsl.insertInto(FD)
                    .set(FD.PROGRAMME_ID, programmeId).set(FD.REPORT_YEAR, year).set(FD.QUARTER, quarter)
                    .set(FD.UNIT_NAME, unit).set(FD.ITEM_COUNT, itemCount)
                    .set(FD.RETURNED_AT, returnedAt).set(FD.RETURNED_FILE, returnedFile)
                    .set(FD.IMPORTED_AT, importedAt).set(FD.CHANGE_COUNT, changeCount)
                    .execute();
        }
    }

    private static org.jooq.Condition key(long programmeId, int year, int quarter, String unit) {
        return FD.PROGRAMME_ID.eq(programmeId).and(FD.REPORT_YEAR.eq(year)).and(FD.QUARTER.eq(quarter))
                .and(FD.UNIT_NAME.eq(unit));
    }

    private static FormDispatch toDispatch(Record r) {
        return new FormDispatch(r.get(FD.REPORT_YEAR), r.get(FD.QUARTER), r.get(FD.UNIT_NAME), r.get(FD.ITEM_COUNT),
                r.get(FD.FILE_NAME), r.get(FD.GENERATED_AT), r.get(FD.RETURNED_AT), r.get(FD.RETURNED_FILE),
                r.get(FD.IMPORTED_AT), r.get(FD.CHANGE_COUNT));
    }
}
