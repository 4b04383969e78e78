package org.qiyouxiang.app.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.ChangeLogRepository;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.WorkListRepository;
import org.qiyouxiang.db.model.ChangeLogEntry;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/**
 * 复制到下一年: a year's list (areas, items, lines, units, persons, milestones; no progress) becomes the
 * start of the next year's list, for the clerk to edit. Refused when the next year exists or lies beyond
 * the programme. Milestone texts are copied as written, years in them included: a text such as
 * 《行动计划（2022—2025 年）》 names a fixed period, so only the title's year is moved on.
 */
public final class YearCopyService {

    private final Database database;
    private final Clock clock;
    private final String actor;

    public YearCopyService(Database database, Clock clock, String actor) {
        this.database = database;
        this.clock = clock;
        this.actor = actor;
    }

    /** What a copy made. */
    public record CopyResult(int fromYear, int toYear, int itemCount) {

        /** 已将 2024 年工作清单复制为 2025 年（91 项，不含完成情况） */
        public String summary() {
            return Messages.get("copy.done", fromYear, toYear, itemCount);
        }
    }

    public CopyResult copyToNextYear(int year) throws SaveRefusedException {
        int next = year + 1;
        Programme programme = new ProgrammeRepository(database.dsl()).first()
                .orElseThrow(() -> new SaveRefusedException(Messages.get("copy.error.noYear", year)));
        if (next > programme.lastYear()) {
            throw new SaveRefusedException(Messages.get("copy.error.beyondProgramme", next, programme.firstYear(),
                    programme.lastYear()));
        }
        WorkListRepository lists = new WorkListRepository(database.dsl());
        WorkList source = lists.find(programme.id(), year)
                .orElseThrow(() -> new SaveRefusedException(Messages.get("copy.error.noYear", year)));
        WorkList copy = copyOf(source, next);
        LocalDateTime now = LocalDateTime.now(clock);
        boolean stored = database.dsl().transactionResult(trx -> {
            WorkListRepository inTransaction = new WorkListRepository(trx.dsl());
            if (inTransaction.exists(programme.id(), next)) {
                return false;
            }
            long listId = inTransaction.insert(programme.id(), copy);
            new ChangeLogRepository(trx.dsl()).insert(List.of(new ChangeLogEntry(null, now, actor, "copy", "work_list",
                    listId, null, null, null, String.valueOf(year), String.valueOf(next),
                    Messages.get("changelog.summary.copyYear", year, next, copy.items().size()))));
            return true;
        });
        if (!stored) {
            throw new SaveRefusedException(Messages.get("copy.error.exists", next));
        }
        database.checkpointSync();
        return new CopyResult(year, next, copy.items().size());
    }

    static WorkList copyOf(WorkList source, int year) {
        List<WorkItem> items = source.items().stream()
                .map(i -> new WorkItem(null, i.area(), i.kind(), i.kindText(), i.number(), i.name(), i.lines()))
                .toList();
        String title = source.title() == null ? null
                : source.title().replace(source.year() + "年", year + "年");
        return new WorkList(null, year, title, null, items);
    }
}
