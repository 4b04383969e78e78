package org.qiyouxiang.app.service;

import java.util.List;
import java.util.Optional;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.WorkListRepository;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.WorkList;
import org.qiyouxiang.db.model.WorkListSummary;

/** Reads what is stored: the programme, its years and a year's list. */
public final class WorkListService {

    private final Database database;

    public WorkListService(Database database) {
        this.database = database;
    }

    public Optional<Programme> programme() {
        return new ProgrammeRepository(database.dsl()).first();
    }

    public List<WorkListSummary> years() {
        return programme().map(p -> new WorkListRepository(database.dsl()).summaries(p.id())).orElse(List.of());
    }

    public Optional<WorkList> workList(int year) {
        return programme().flatMap(p -> new WorkListRepository(database.dsl(), database.workListCache()).find(p.id(), year));
    }

    /** True when nothing has been imported yet: the window shows the welcome pane. */
    public boolean isEmpty() {
        return years().isEmpty();
    }
}
