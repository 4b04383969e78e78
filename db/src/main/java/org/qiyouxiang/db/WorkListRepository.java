package org.qiyouxiang.db;

import static org.qiyouxiang.db.jooq.Tables.AREA;
import static org.qiyouxiang.db.jooq.Tables.ITEM_LINE;
import static org.qiyouxiang.db.jooq.Tables.LINE_PERSON;
import static org.qiyouxiang.db.jooq.Tables.LINE_UNIT;
import static org.qiyouxiang.db.jooq.Tables.MILESTONE;
import static org.qiyouxiang.db.jooq.Tables.PERSON;
import static org.qiyouxiang.db.jooq.Tables.UNIT;
import static org.qiyouxiang.db.jooq.Tables.WORK_ITEM;
import static org.qiyouxiang.db.jooq.Tables.WORK_LIST;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;
import org.qiyouxiang.db.model.WorkListSummary;

/** The work lists of a programme, one per year, with their items, lines and milestones. */
public final class WorkListRepository {

    private final DSLContext dsl;
    private final WorkListCache cache;

    public WorkListRepository(DSLContext dsl) {
        this(dsl, null);
    }

    /** With a cache, {@link #find} hands out the list a view already holds instead of reading it again. */
    public WorkListRepository(DSLContext dsl, WorkListCache cache) {
        this.dsl = dsl;
        this.cache = cache;
    }

    public List<WorkListSummary> summaries(long programmeId) {
        var count = DSL.selectCount().from(WORK_ITEM).where(WORK_ITEM.WORK_LIST_ID.eq(WORK_LIST.ID)).asField("n");
        return dsl.select(WORK_LIST.ID, WORK_LIST.PROGRAMME_ID, WORK_LIST.LIST_YEAR, WORK_LIST.TITLE,
                        WORK_LIST.SOURCE_FILE, WORK_LIST.IMPORTED_AT, count)
                .from(WORK_LIST)
                .where(WORK_LIST.PROGRAMME_ID.eq(programmeId))
                .orderBy(WORK_LIST.LIST_YEAR)
                .fetch(r -> new WorkListSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.get("n", Integer.class)));
    }

    public boolean exists(long programmeId, int year) {
        return dsl.fetchExists(WORK_LIST, WORK_LIST.PROGRAMME_ID.eq(programmeId).and(WORK_LIST.LIST_YEAR.eq(year)));
    }

    /** Removes a year's list with everything hanging off it. */
    public void delete(long programmeId, int year) {
        dsl.deleteFrom(WORK_LIST)
                .where(WORK_LIST.PROGRAMME_ID.eq(programmeId).and(WORK_LIST.LIST_YEAR.eq(year)))
                .execute();
    }

    /** Stores a whole list; the caller holds the transaction. Returns the new list's id. */
    public long insert(long programmeId, WorkList list) {
        return insert(programmeId, list, false);
    }

    /**
     * Stores a whole list, with {@code keepItemIds} under the ids its items carry (a list restored by an
     * undo keeps the ids that progress, the change log and the clerk's undo history refer to).
     */
    public long insert(long programmeId, WorkList list, boolean keepItemIds) {
        long listId = dsl.insertInto(WORK_LIST)
                .set(WORK_LIST.PROGRAMME_ID, programmeId)
                .set(WORK_LIST.LIST_YEAR, list.year())
                .set(WORK_LIST.TITLE, list.title())
                .set(WORK_LIST.SOURCE_FILE, list.sourceFile())
                .set(WORK_LIST.IMPORTED_AT, LocalDateTime.now())
                .returningResult(WORK_LIST.ID).fetchOne(WORK_LIST.ID);
        AreaRepository areas = new AreaRepository(dsl);
        UnitRepository.Cache units = new UnitRepository.Cache(new UnitRepository(dsl));
        Map<String, Long> areaIds = new HashMap<>();
        int order = 0;
        for (WorkItem item : list.items()) {
            long areaId = areaIds.computeIfAbsent(item.area(), a -> areas.resolve(programmeId, a));
            var insert = dsl.insertInto(WORK_ITEM).set(WORK_ITEM.WORK_LIST_ID, listId);
            if (keepItemIds && item.id() != null) {
                insert = insert.set(WORK_ITEM.ID, item.id());
            }
            long itemId = insert
                    .set(WORK_ITEM.AREA_ID, areaId)
                    .set(WORK_ITEM.KIND, item.kind().name())
                    .set(WORK_ITEM.KIND_TEXT, item.kindText())
                    .set(WORK_ITEM.NUMBER, item.number())
                    .set(WORK_ITEM.NAME, item.name())
                    .set(WORK_ITEM.SORT_ORDER, order++)
                    .returningResult(WORK_ITEM.ID).fetchOne(WORK_ITEM.ID);
            insertLines(itemId, item.lines(), units);
        }
        return listId;
    }

    private void insertLines(long itemId, List<ItemLine> lines, UnitRepository.Cache units) {
        for (int lineNo = 0; lineNo < lines.size(); lineNo++) {
            ItemLine line = lines.get(lineNo);
            long lineId = dsl.insertInto(ITEM_LINE)
                    .set(ITEM_LINE.WORK_ITEM_ID, itemId)
                    .set(ITEM_LINE.LINE_NO, lineNo)
                    .set(ITEM_LINE.OWN_NAME, line.ownName())
                    .set(ITEM_LINE.UNITS_TEXT, line.unitsText())
                    .set(ITEM_LINE.PERSONS_TEXT, line.personsText())
                    .returningResult(ITEM_LINE.ID).fetchOne(ITEM_LINE.ID);
            List<Long> unitIds = new ArrayList<>();
            for (int i = 0; i < line.units().size(); i++) {
                long unitId = units.unit(line.units().get(i));
                unitIds.add(unitId);
                dsl.insertInto(LINE_UNIT).set(LINE_UNIT.LINE_ID, lineId).set(LINE_UNIT.POSITION, i)
                        .set(LINE_UNIT.UNIT_ID, unitId).execute();
            }
            for (int i = 0; i < line.persons().size(); i++) {
                // A person belongs to the unit in the same position, else to the line's first unit.
                Long unitId = i < unitIds.size() ? unitIds.get(i) : unitIds.isEmpty() ? null : unitIds.get(0);
                long personId = units.person(line.persons().get(i), unitId);
                dsl.insertInto(LINE_PERSON).set(LINE_PERSON.LINE_ID, lineId).set(LINE_PERSON.POSITION, i)
                        .set(LINE_PERSON.PERSON_ID, personId).execute();
            }
            for (Milestone m : line.milestones()) {
                dsl.insertInto(MILESTONE)
                        .set(MILESTONE.LINE_ID, lineId)
                        .set(MILESTONE.FROM_QUARTER, m.fromQuarter())
                        .set(MILESTONE.TO_QUARTER, m.toQuarter())
                        .set(MILESTONE.TEXT, m.text())
                        .execute();
            }
        }
    }

    /** A stored year's list, whole, in the list's order. */
    public Optional<WorkList> find(long programmeId, int year) {
        var header = dsl.selectFrom(WORK_LIST)
                .where(WORK_LIST.PROGRAMME_ID.eq(programmeId).and(WORK_LIST.LIST_YEAR.eq(year)))
                .fetchOptional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        long listId = header.get().getId();
        if (cache != null) {
            Optional<WorkList> held = cache.get(listId);
            if (held.isPresent()) {
                return held;
            }
        }
        Map<Long, List<Milestone>> milestones = milestonesByLine(listId);
        Map<Long, List<String>> units = unitsByLine(listId);
        Map<Long, List<String>> persons = personsByLine(listId);
        Map<Long, List<ItemLine>> lines = new HashMap<>();
        dsl.select(ITEM_LINE.ID, ITEM_LINE.WORK_ITEM_ID, ITEM_LINE.OWN_NAME, ITEM_LINE.UNITS_TEXT, ITEM_LINE.PERSONS_TEXT)
                .from(ITEM_LINE).join(WORK_ITEM).on(WORK_ITEM.ID.eq(ITEM_LINE.WORK_ITEM_ID))
                .where(WORK_ITEM.WORK_LIST_ID.eq(listId))
                .orderBy(ITEM_LINE.WORK_ITEM_ID, ITEM_LINE.LINE_NO)
                .forEach(r -> lines.computeIfAbsent(r.value2(), k -> new ArrayList<>()).add(new ItemLine(
                        r.value3(), r.value4(), units.getOrDefault(r.value1(), List.of()),
                        r.value5(), persons.getOrDefault(r.value1(), List.of()),
                        milestones.getOrDefault(r.value1(), List.of()))));
        List<WorkItem> items = dsl.select(WORK_ITEM.ID, AREA.NAME, WORK_ITEM.KIND, WORK_ITEM.KIND_TEXT,
                        WORK_ITEM.NUMBER, WORK_ITEM.NAME)
                .from(WORK_ITEM).join(AREA).on(AREA.ID.eq(WORK_ITEM.AREA_ID))
                .where(WORK_ITEM.WORK_LIST_ID.eq(listId))
                .orderBy(WORK_ITEM.SORT_ORDER)
                .fetch(r -> new WorkItem(r.value1(), r.value2(), ItemKind.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6(), lines.get(r.value1())));
        var h = header.get();
        WorkList list = new WorkList(listId, h.getListYear(), h.getTitle(), h.getSourceFile(), items);
        if (cache != null) {
            cache.put(listId, list);
        }
        return Optional.of(list);
    }

    private Map<Long, List<Milestone>> milestonesByLine(long listId) {
        Map<Long, List<Milestone>> result = new HashMap<>();
        dsl.select(MILESTONE.LINE_ID, MILESTONE.FROM_QUARTER, MILESTONE.TO_QUARTER, MILESTONE.TEXT)
                .from(MILESTONE)
                .join(ITEM_LINE).on(ITEM_LINE.ID.eq(MILESTONE.LINE_ID))
                .join(WORK_ITEM).on(WORK_ITEM.ID.eq(ITEM_LINE.WORK_ITEM_ID))
                .where(WORK_ITEM.WORK_LIST_ID.eq(listId))
                .orderBy(MILESTONE.LINE_ID, MILESTONE.FROM_QUARTER)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Milestone(r.value2(), r.value3(), r.value4())));
        return result;
    }

    private Map<Long, List<String>> unitsByLine(long listId) {
        Map<Long, List<String>> result = new HashMap<>();
        dsl.select(LINE_UNIT.LINE_ID, UNIT.NAME)
                .from(LINE_UNIT)
                .join(UNIT).on(UNIT.ID.eq(LINE_UNIT.UNIT_ID))
                .join(ITEM_LINE).on(ITEM_LINE.ID.eq(LINE_UNIT.LINE_ID))
                .join(WORK_ITEM).on(WORK_ITEM.ID.eq(ITEM_LINE.WORK_ITEM_ID))
                .where(WORK_ITEM.WORK_LIST_ID.eq(listId))
                .orderBy(LINE_UNIT.LINE_ID, LINE_UNIT.POSITION)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return result;
    }

    private Map<Long, List<String>> personsByLine(long listId) {
        Map<Long, List<String>> result = new HashMap<>();
        dsl.select(LINE_PERSON.LINE_ID, PERSON.NAME)
                .from(LINE_PERSON)
                .join(PERSON).on(PERSON.ID.eq(LINE_PERSON.PERSON_ID))
                .join(ITEM_LINE).on(ITEM_LINE.ID.eq(LINE_PERSON.LINE_ID))
                .join(WORK_ITEM).on(WORK_ITEM.ID.eq(ITEM_LINE.WORK_ITEM_ID))
                .where(WORK_ITEM.WORK_LIST_ID.eq(listId))
                .orderBy(LINE_PERSON.LINE_ID, LINE_PERSON.POSITION)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return result;
    }
}
