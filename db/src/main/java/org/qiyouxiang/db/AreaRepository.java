package org.qiyouxiang.db;

import static org.qiyouxiang.db.jooq.Tables.AREA;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Areas (领域 / 专项) of a programme, in the programme's order. */
public final class AreaRepository {

    private final DSLContext dsl;

    public AreaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<String> names(long programmeId) {
        return dsl.select(AREA.NAME).from(AREA).where(AREA.PROGRAMME_ID.eq(programmeId))
                .orderBy(AREA.SORT_ORDER).fetch(AREA.NAME);
    }

    /** The id of the area with this name, appending it to the programme's areas when new. */
    public long resolve(long programmeId, String name) {
        Long id = dsl.select(AREA.ID).from(AREA)
                .where(AREA.PROGRAMME_ID.eq(programmeId).and(AREA.NAME.eq(name)))
                .fetchOne(AREA.ID);
        if (id != null) {
            return id;
        }
        int next = dsl.select(DSL.coalesce(DSL.max(AREA.SORT_ORDER), 0)).from(AREA)
                .where(AREA.PROGRAMME_ID.eq(programmeId)).fetchOne(0, int.class) + 1;
        return dsl.insertInto(AREA)
                .set(AREA.PROGRAMME_ID, programmeId)
                .set(AREA.NAME, name)
                .set(AREA.SORT_ORDER, next)
                .returningResult(AREA.ID).fetchOne(AREA.ID);
    }
}
