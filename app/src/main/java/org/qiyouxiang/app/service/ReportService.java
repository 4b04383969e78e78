package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.app.core.report.IndicatorConsistency;
import org.qiyouxiang.app.core.report.QuarterReport;
import org.qiyouxiang.app.core.report.ReportHeading;
import org.qiyouxiang.app.core.report.ReportItem;
import org.qiyouxiang.app.core.report.ReportItems;
import org.qiyouxiang.app.core.report.ReportPages;
import org.qiyouxiang.app.core.report.Summaries;
import org.qiyouxiang.app.excel.ReportWorkbookWriter;
import org.qiyouxiang.app.report.PdfReportWriter;
import org.qiyouxiang.app.report.ReportFonts;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.SettingRepository;
import org.qiyouxiang.db.model.Programme;

/**
 * The quarterly report: made once as data ({@link QuarterReport}) from the stored work list, progress,
 * indicators and major projects, then given as pages ({@link ReportPages}, for the print preview) or
 * written as .xlsx or .pdf from those same pages, so the three never disagree.
 */
public final class ReportService {

    /** The office's name on every report; without it the county's task-force office. */
    public static final String OFFICE_SETTING = "report.officeName";

    private final Database database;
    private final ProgressService progress;
    private final Clock clock;

    public ReportService(Database database, ProgressService progress, Clock clock) {
        this.database = database;
        this.progress = progress;
        this.clock = clock;
    }

    /** The report of a quarter as of today; empty when the year's work list is not stored. */
    public Optional<QuarterReport> report(int year, int quarter) {
        return report(year, quarter, LocalDate.now(clock));
    }

    /**
     * The report of a quarter, statuses judged as of {@code asOf} (the report's date), last quarter's
     * ranking computed from its stored progress when there is any.
     */
    public Optional<QuarterReport> report(int year, int quarter, LocalDate asOf) {
        Optional<Programme> programme = new ProgrammeRepository(database.dsl()).first();
        Optional<ProgressBook> book = programme.flatMap(p -> progress.load(year));
        if (book.isEmpty()) {
            return Optional.empty();
        }
        List<ReportItem> items = ReportItems.of(book.get().rows(quarter, asOf));
        List<ReportItem> previous = previous(book.get(), quarter, asOf);
        long programmeId = programme.get().id();
        ReportHeading heading = new ReportHeading(year, quarter, programme.get().name(), officeName(), asOf);
        ReportAssembler.Judged indicators = ReportAssembler.judged(database.dsl(), programmeId, year, quarter);
        List<String> checks = IndicatorConsistency.notes(items,
                ReportAssembler.linked(database.dsl(), programmeId, indicators.byId()));
        return Optional.of(new QuarterReport(heading, items, indicators.shown(), Summaries.of(items, previous),
                ReportAssembler.projects(database.dsl(), programmeId, year, quarter), checks));
    }

    /** Last quarter's items (Q4 of the year before for Q1), or null when it has no stored progress. */
    private List<ReportItem> previous(ProgressBook book, int quarter, LocalDate asOf) {
        if (quarter > 1) {
            return hasProgress(book, quarter - 1) ? ReportItems.of(book.rows(quarter - 1, asOf)) : null;
        }
        return progress.load(book.year() - 1).filter(b -> hasProgress(b, 4))
                .map(b -> ReportItems.of(b.rows(4, asOf))).orElse(null);
    }

    private static boolean hasProgress(ProgressBook book, int quarter) {
        return book.items().stream().anyMatch(i -> !book.progress(i.id(), quarter).isEmpty());
    }

    /** The report's printed pages, for the print preview and javafx.print. */
    public static ReportPages pages(QuarterReport report) {
        return ReportPages.of(report);
    }

    /** Writes a quarter's report as .xlsx, or as .pdf when the file name ends so. */
    public ReportExport export(int year, int quarter, Path out) throws ExportException {
        QuarterReport report = report(year, quarter)
                .orElseThrow(() -> new ExportException(Messages.get("export.error.noYear", String.valueOf(year)), null));
        return export(report, out);
    }

    public ReportExport export(QuarterReport report, Path out) throws ExportException {
        ReportPages pages = ReportPages.of(report);
        if (isPdf(out)) {
            return writePdf(report, pages, out);
        }
        SafeFileWriter.write(out, temporary -> new ReportWorkbookWriter().write(pages, temporary));
        return new ReportExport(out, pages.size(), List.of(), report.checks());
    }

    private static ReportExport writePdf(QuarterReport report, ReportPages pages, Path out) throws ExportException {
        ReportFonts.Choice fonts = ReportFonts.system().choose()
                .orElseThrow(() -> new ExportException(Messages.get("pdf.font.none"), null));
        String title = report.heading().year() + " " + report.heading().quarterLabel();
        if (!pages.tables().isEmpty()) {
            title = pages.tables().get(0).table().title();
        }
        String documentTitle = title;
        SafeFileWriter.write(out, temporary -> new PdfReportWriter(fonts).write(pages, documentTitle, temporary));
        return new ReportExport(out, pages.size(), fonts.warnings(), report.checks());
    }

    static boolean isPdf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** The office's name as printed: the stored setting, else 嵊泗县公共服务“七优享”工程工作专班办公室. */
    public String officeName() {
        Optional<String> stored = new SettingRepository(database.dsl()).find(OFFICE_SETTING);
        if (stored.isPresent() && !stored.get().isBlank()) {
            return stored.get();
        }
        String county = new ProgrammeRepository(database.dsl()).first().map(Programme::county).orElse(null);
        return Messages.get("report.office.default", county == null ? "" : county);
    }

    /** Sets the office's name; null or blank goes back to the default. */
    public void setOfficeName(String name) {
        String value = name == null || name.isBlank() ? null : name.strip();
        new SettingRepository(database.dsl()).put(OFFICE_SETTING, value);
        database.checkpointSync();
    }
}
