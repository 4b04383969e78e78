package org.qiyouxiang.db;

import static org.qiyouxiang.db.jooq.Tables.PROGRAMME;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.qiyouxiang.db.model.Programme;

/** Programmes (工程). The office keeps one; the schema allows more. */
public final class ProgrammeRepository {

    private final DSLContext dsl;

    public ProgrammeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Programme> all() {
        return dsl.select(PROGRAMME.ID, PROGRAMME.NAME, PROGRAMME.COUNTY,
                        PROGRAMME.FIRST_YEAR, PROGRAMME.LAST_YEAR, PROGRAMME.BASELINE_YEAR)
                .from(PROGRAMME)
                .orderBy(PROGRAMME.ID)
                .fetch(r -> new Programme(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    public Optional<Programme> first() {
        return all().stream().findFirst();
    }

    public Optional<Programme> byName(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Programme create(String name, String county, int firstYear, int lastYear, int baselineYear) {
        long id = dsl.insertInto(PROGRAMME)
                .set(PROGRAMME.NAME, name)
                .set(PROGRAMME.COUNTY, county)
                .set(PROGRAMME.FIRST_YEAR, firstYear)
                .set(PROGRAMME.LAST_YEAR, lastYear)
                .set(PROGRAMME.BASELINE_YEAR, baselineYear)
                .returningResult(PROGRAMME.ID)
                .fetchOne(PROGRAMME.ID);
        return new Programme(id, name, county, firstYear, lastYear, baselineYear);
    }
}
