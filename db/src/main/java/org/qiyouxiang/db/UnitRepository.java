package org.qiyouxiang.db;

import static org.qiyouxiang.db.jooq.Tables.PERSON;
import static org.qiyouxiang.db.jooq.Tables.UNIT;
import static org.qiyouxiang.db.jooq.Tables.UNIT_ALIAS;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Lead units and their aliases (县卫生健康局 is 县卫健局), and responsible persons. */
public final class UnitRepository {

    private final DSLContext dsl;

    public UnitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every known spelling, its own name and each alias, to the unit's name. */
    public Map<String, String> canonicalNames() {
        Map<String, String> names = new HashMap<>();
        dsl.select(UNIT.NAME).from(UNIT).forEach(r -> names.put(r.value1(), r.value1()));
        dsl.select(UNIT_ALIAS.ALIAS, UNIT.NAME)
                .from(UNIT_ALIAS).join(UNIT).on(UNIT.ID.eq(UNIT_ALIAS.UNIT_ID))
                .forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    /** The id of the unit with this name or alias, creating the unit when it is new. */
    public long resolve(String nameOrAlias) {
        Optional<Long> byName = dsl.select(UNIT.ID).from(UNIT).where(UNIT.NAME.eq(nameOrAlias)).fetchOptional(UNIT.ID);
        if (byName.isPresent()) {
            return byName.get();
        }
        Optional<Long> byAlias = dsl.select(UNIT_ALIAS.UNIT_ID).from(UNIT_ALIAS)
                .where(UNIT_ALIAS.ALIAS.eq(nameOrAlias)).fetchOptional(UNIT_ALIAS.UNIT_ID);
        if (byAlias.isPresent()) {
            return byAlias.get();
        }
        return dsl.insertInto(UNIT).set(UNIT.NAME, nameOrAlias).returningResult(UNIT.ID).fetchOne(UNIT.ID);
    }

    public String nameOf(long unitId) {
        return dsl.select(UNIT.NAME).from(UNIT).where(UNIT.ID.eq(unitId)).fetchOne(UNIT.NAME);
    }

    public void addAlias(long unitId, String alias) {
        dsl.insertInto(UNIT_ALIAS).set(UNIT_ALIAS.ALIAS, alias).set(UNIT_ALIAS.UNIT_ID, unitId)
                .onDuplicateKeyIgnore().execute();
    }

    /** The id of the person of that name in that unit (or of no unit), creating the person when new. */
    public long resolvePerson(String name, Long unitId) {
        var sameUnit = unitId == null ? PERSON.UNIT_ID.isNull() : PERSON.UNIT_ID.eq(unitId);
        Optional<Long> id = dsl.select(PERSON.ID).from(PERSON)
                .where(PERSON.NAME.eq(name).and(sameUnit)).fetchOptional(PERSON.ID);
        return id.orElseGet(() -> dsl.insertInto(PERSON)
                .set(PERSON.NAME, name).set(PERSON.UNIT_ID, unitId)
                .returningResult(PERSON.ID).fetchOne(PERSON.ID));
    }

    /** Caches lookups during one import, where the same few units recur on every row. */
    public static final class Cache {
        private final UnitRepository units;
        private final Map<String, Long> unitIds = new HashMap<>();
        private final Map<String, Long> personIds = new HashMap<>();

        public Cache(UnitRepository units) {
            this.units = units;
        }

        public long unit(String name) {
            return unitIds.computeIfAbsent(name, units::resolve);
        }

        public long person(String name, Long unitId) {
            return personIds.computeIfAbsent(name + "\u0000" + unitId, k -> units.resolvePerson(name, unitId));
        }
    }
}
