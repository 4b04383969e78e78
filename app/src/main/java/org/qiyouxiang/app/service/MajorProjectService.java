package org.qiyouxiang.app.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.MajorProjectRepository;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.model.MajorProject;
import org.qiyouxiang.db.model.Programme;

/**
 * Major projects (重大项目), kept minimal until there is an importer for them: list them, add or change one
 * with its yearly plans, record a quarter's completed investment (亿元, the quarter's own amount).
 */
public final class MajorProjectService {

    private final Database database;

    public MajorProjectService(Database database) {
        this.database = database;
    }

    public List<MajorProject> projects() {
        return new ProgrammeRepository(database.dsl()).first()
                .map(p -> new MajorProjectRepository(database.dsl()).all(p.id())).orElse(List.of());
    }

    /** Adds a project (id null) or replaces one whole; returns its id. */
    public long save(MajorProject project) throws EditRejectedException {
        if (project.name() == null || project.name().isBlank()) {
            throw new EditRejectedException(Messages.get("project.edit.noName"));
        }
        Programme programme = new ProgrammeRepository(database.dsl()).first()
                .orElseThrow(() -> new EditRejectedException(Messages.get("project.edit.noProgramme")));
        long id = database.dsl().transactionResult(trx -> new MajorProjectRepository(trx.dsl())
                .save(programme.id(), project));
        database.checkpointSync();
        return id;
    }

    /** Records what was completed in a quarter (null removes it). */
    public void recordCompleted(long projectId, int year, int quarter, BigDecimal amount) throws EditRejectedException {
        MajorProject project = projects().stream().filter(p -> p.id() == projectId).findFirst()
                .orElseThrow(() -> new EditRejectedException(Messages.get("project.edit.gone")));
        Map<Integer, BigDecimal> completed = new HashMap<>(project.completed());
        if (amount == null) {
            completed.remove(MajorProject.quarterKey(year, quarter));
        } else {
            completed.put(MajorProject.quarterKey(year, quarter), amount);
        }
        save(new MajorProject(project.id(), project.area(), project.name(), project.leadUnit(),
                project.totalInvestment(), project.startYear(), project.endYear(), project.sortOrder(),
                project.plans(), completed));
    }
}
