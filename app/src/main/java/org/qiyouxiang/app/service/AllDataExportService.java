package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.excel.AllDataWorkbookWriter;
import org.qiyouxiang.app.excel.PlainSheet;
import org.qiyouxiang.db.ChangeLogRepository;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.IndicatorRepository;
import org.qiyouxiang.db.IndicatorValueRepository;
import org.qiyouxiang.db.MajorProjectRepository;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.ProgressRepository;
import org.qiyouxiang.db.WorkListRepository;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.WorkList;
import org.qiyouxiang.db.model.WorkListSummary;

/**
 * 导出全部数据为 Excel: a readable second copy of everything stored (work lists, progress, indicators and their
 * actuals, major projects, the change log) in one workbook anyone can open, should the program ever be gone.
 * Read in one transaction, so the sheets agree with each other; written through {@link SafeFileWriter}.
 */
public final class AllDataExportService {

    private final Database database;
    private final Clock clock;
    private final AllDataWorkbookWriter writer = new AllDataWorkbookWriter();

    /** @param clock when the export happens (说明 says so) and today for the rules' proposed statuses */
    public AllDataExportService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** True when there is something to export: a programme has been imported. */
    public boolean hasData() {
        return new ProgrammeRepository(database.dsl()).first().isPresent();
    }

    /**
     * @return what was written, for the clerk's summary
     * @throws ExportException when nothing is stored yet, or the file cannot be written (an old file stays)
     */
    public AllDataExport export(Path out) throws ExportException {
        AllData data = read().orElseThrow(() -> new ExportException(Messages.get("export.all.error.empty"), null));
        LocalDateTime now = LocalDateTime.now(clock);
        AllDataExport counts = AllDataExport.of(data);
        List<PlainSheet> sheets = new ArrayList<>();
        sheets.add(AllDataSheets.notes(data, counts, now));
        sheets.add(AllDataSheets.workList(data));
        sheets.add(AllDataSheets.progress(data, now.toLocalDate()));
        sheets.add(IndicatorDataSheets.indicators(data));
        sheets.add(IndicatorDataSheets.actuals(data));
        if (!data.projects().isEmpty()) {
            sheets.add(IndicatorDataSheets.projects(data));
        }
        sheets.add(AllDataSheets.changes(data));
        SafeFileWriter.write(out, temporary -> writer.write(sheets, temporary));
        return counts;
    }

    private Optional<AllData> read() {
        return database.dsl().transactionResult(trx -> {
            DSLContext dsl = trx.dsl();
            Optional<Programme> programme = new ProgrammeRepository(dsl).first();
            if (programme.isEmpty()) {
                return Optional.<AllData>empty();
            }
            long id = programme.get().id();
            WorkListRepository workLists = new WorkListRepository(dsl);
            ProgressRepository progress = new ProgressRepository(dsl);
            List<WorkList> lists = new ArrayList<>();
            Map<Long, List<QuarterProgress>> stored = new HashMap<>();
            for (WorkListSummary summary : workLists.summaries(id)) {
                workLists.find(id, summary.year()).ifPresent(list -> {
                    lists.add(list);
                    stored.put(list.id(), progress.forList(list.id()));
                });
            }
            lists.sort(Comparator.comparingInt(WorkList::year));
            IndicatorValueRepository values = new IndicatorValueRepository(dsl);
            return Optional.of(new AllData(programme.get(), lists, stored, new IndicatorRepository(dsl).all(id),
                    values.targets(id), values.actuals(id), new MajorProjectRepository(dsl).all(id),
                    new ChangeLogRepository(dsl).all()));
        });
    }
}
