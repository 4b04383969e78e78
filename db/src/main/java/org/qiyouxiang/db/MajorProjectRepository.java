package org.qiyouxiang.db;

import static org.qiyouxiang.db.jooq.Tables.AREA;
import static org.qiyouxiang.db.jooq.Tables.MAJOR_PROJECT;
import static org.qiyouxiang.db.jooq.Tables.MAJOR_PROJECT_PLAN;
import static org.qiyouxiang.db.jooq.Tables.MAJOR_PROJECT_PROGRESS;
import static org.qiyouxiang.db.jooq.Tables.UNIT;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.qiyouxiang.db.model.MajorProject;

/** Major projects (重大项目) with their yearly plans and quarterly completed investment. The caller holds the transaction. */
public final class MajorProjectRepository {

    private final DSLContext dsl;

    public MajorProjectRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The programme's projects in their order, with plans and completed amounts. */
    public List<MajorProject> all(long programmeId) {
        Map<Long, Map<Integer, BigDecimal>> plans = new HashMap<>();
        dsl.select(MAJOR_PROJECT_PLAN.PROJECT_ID, MAJOR_PROJECT_PLAN.PLAN_YEAR, MAJOR_PROJECT_PLAN.PLANNED_INVESTMENT)
                .from(MAJOR_PROJECT_PLAN).join(MAJOR_PROJECT).on(MAJOR_PROJECT.ID.eq(MAJOR_PROJECT_PLAN.PROJECT_ID))
                .where(MAJOR_PROJECT.PROGRAMME_ID.eq(programmeId))
                .forEach(r -> plans.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        Map<Long, Map<Integer, BigDecimal>> completed = new HashMap<>();
        var p = MAJOR_PROJECT_PROGRESS;
        dsl.select(p.PROJECT_ID, p.REPORT_YEAR, p.QUARTER, p.COMPLETED_INVESTMENT)
                .from(p).join(MAJOR_PROJECT).on(MAJOR_PROJECT.ID.eq(p.PROJECT_ID))
                .where(MAJOR_PROJECT.PROGRAMME_ID.eq(programmeId))
                .forEach(r -> completed.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .put(MajorProject.quarterKey(r.value2(), r.value3()), r.value4()));
        return dsl.select(MAJOR_PROJECT.ID, AREA.NAME, MAJOR_PROJECT.NAME, UNIT.NAME, MAJOR_PROJECT.TOTAL_INVESTMENT,
                        MAJOR_PROJECT.START_YEAR, MAJOR_PROJECT.END_YEAR, MAJOR_PROJECT.SORT_ORDER)
                .from(MAJOR_PROJECT)
                .leftJoin(AREA).on(AREA.ID.eq(MAJOR_PROJECT.AREA_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(MAJOR_PROJECT.LEAD_UNIT_ID))
                .where(MAJOR_PROJECT.PROGRAMME_ID.eq(programmeId))
                .orderBy(MAJOR_PROJECT.SORT_ORDER, MAJOR_PROJECT.ID)
                .fetch(r -> new MajorProject(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), plans.getOrDefault(r.value1(), Map.of()),
                        completed.getOrDefault(r.value1(), Map.of())));
    }

    /** Inserts a project (id null) or updates one; its plans and completed amounts are written as given. */
    public long save(long programmeId, MajorProject project) {
        Long areaId = project.area() == null ? null : new AreaRepository(dsl).resolve(programmeId, project.area());
        Long unitId = project.leadUnit() == null ? null : new UnitRepository(dsl).resolve(project.leadUnit());
        long id;
        if (project.id() == null) {
            id = dsl.insertInto(MAJOR_PROJECT)
                    .set(MAJOR_PROJECT.PROGRAMME_ID, programmeId).set(MAJOR_PROJECT.AREA_ID, areaId)
                    .set(MAJOR_PROJECT.NAME, project.name()).set(MAJOR_PROJECT.LEAD_UNIT_ID, unitId)
                    .set(MAJOR_PROJECT.TOTAL_INVESTMENT, project.totalInvestment())
                    .set(MAJOR_PROJECT.START_YEAR, project.startYear()).set(MAJOR_PROJECT.END_YEAR, project.endYear())
                    .set(MAJOR_PROJECT.SORT_ORDER, project.sortOrder())
                    .returningResult(MAJOR_PROJECT.ID).fetchOne(MAJOR_PROJECT.ID);
        } else {
            id = project.id();
            dsl.update(MAJOR_PROJECT).set(MAJOR_PROJECT.AREA_ID, areaId)
                    .set(MAJOR_PROJECT.NAME, project.name()).set(MAJOR_PROJECT.LEAD_UNIT_ID, unitId)
                    .set(MAJOR_PROJECT.TOTAL_INVESTMENT, project.totalInvestment())
                    .set(MAJOR_PROJECT.START_YEAR, project.startYear()).set(MAJOR_PROJECT.END_YEAR, project.endYear())
                    .set(MAJOR_PROJECT.SORT_ORDER, project.sortOrder())
                    .where(MAJOR_PROJECT.ID.eq(id)).execute();
            dsl.deleteFrom(MAJOR_PROJECT_PLAN).where(MAJOR_PROJECT_PLAN.PROJECT_ID.eq(id)).execute();
            dsl.deleteFrom(MAJOR_PROJECT_PROGRESS).where(MAJOR_PROJECT_PROGRESS.PROJECT_ID.eq(id)).execute();
        }
        for (Map.Entry<Integer, BigDecimal> plan : project.plans().entrySet()) {
            dsl.insertInto(MAJOR_PROJECT_PLAN).set(MAJOR_PROJECT_PLAN.PROJECT_ID, id)
                    .set(MAJOR_PROJECT_PLAN.PLAN_YEAR, plan.getKey())
                    .set(MAJOR_PROJECT_PLAN.PLANNED_INVESTMENT, plan.getValue()).execute();
        }
        for (Map.Entry<Integer, BigDecimal> done : project.completed().entrySet()) {
            dsl.insertInto(MAJOR_PROJECT_PROGRESS).set(MAJOR_PROJECT_PROGRESS.PROJECT_ID, id)
                    .set(MAJOR_PROJECT_PROGRESS.REPORT_YEAR, done.getKey() / 10)
                    .set(MAJOR_PROJECT_PROGRESS.QUARTER, done.getKey() % 10)
                    .set(MAJOR_PROJECT_PROGRESS.COMPLETED_INVESTMENT, done.getValue()).execute();
        }
        return id;
    }

    public void delete(long projectId) {
        dsl.deleteFrom(MAJOR_PROJECT).where(MAJOR_PROJECT.ID.eq(projectId)).execute();
    }
}
