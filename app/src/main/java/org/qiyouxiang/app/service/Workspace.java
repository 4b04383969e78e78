package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.time.Clock;
import org.qiyouxiang.db.Database;

/**
 * Everything the window and the command line work with for one data folder: the database, the
 * services over it and the clerk's settings. Opened in the background, closed once at exit.
 */
public final class Workspace implements AutoCloseable {

    private final Database database;
    private final WorkListService workLists;
    private final WorkListImportService imports;
    private final WorkListExportService exports;
    private final ProgressService progress;
    private final YearCopyService yearCopies;
    private final ImportUndoService importUndo;
    private final Settings settings;
    private final IndicatorService indicators;
    private final IndicatorImportService indicatorImports;
    private final IndicatorExportService indicatorExports;
    private final ReportService reports;
    private final FormService forms;
    private final DashboardService dashboard;
    private final MajorProjectService majorProjects;

    private Workspace(Database database, Settings settings, Clock clock) {
        this.database = database;
        this.workLists = new WorkListService(database);
        this.imports = new WorkListImportService(database);
        this.exports = new WorkListExportService(workLists);
        String actor = Actor.current();
        this.progress = new ProgressService(database, clock, actor);
        this.yearCopies = new YearCopyService(database, clock, actor);
        this.importUndo = new ImportUndoService(database, clock, actor);
        this.settings = settings;
        this.indicators = new IndicatorService(database);
        this.indicatorImports = new IndicatorImportService(database);
        this.indicatorExports = new IndicatorExportService(database, indicators);
        this.reports = new ReportService(database, progress, clock);
        this.forms = new FormService(database, progress, clock);
        this.dashboard = new DashboardService(reports, forms);
        this.majorProjects = new MajorProjectService(database);
    }

    public static Workspace open(Path dataFolder) {
        return open(dataFolder, Clock.systemDefaultZone());
    }

    /** @param clock what today is for the status rules, the report's date and the change log; tests fix it */
    public static Workspace open(Path dataFolder, Clock clock) {
        return new Workspace(Database.open(dataFolder), Settings.load(dataFolder), clock);
    }

    public Path dataFolder() {
        return database.folder();
    }

    public WorkListService workLists() {
        return workLists;
    }

    public WorkListImportService imports() {
        return imports;
    }

    public WorkListExportService exports() {
        return exports;
    }

    public IndicatorService indicators() {
        return indicators;
    }

    public IndicatorImportService indicatorImports() {
        return indicatorImports;
    }

    public IndicatorExportService indicatorExports() {
        return indicatorExports;
    }

    /** Loads the bundled sample: five-year targets, 2024 key indicators and the 2024 work list. */
    public SampleLoader samples() {
        return new SampleLoader(imports, indicatorImports);
    }

    public ProgressService progress() {
        return progress;
    }

    public YearCopyService yearCopies() {
        return yearCopies;
    }

    public ImportUndoService importUndo() {
        return importUndo;
    }

    /** The quarterly report: its data, pages, .xlsx and .pdf, and the office's name printed on it. */
    public ReportService reports() {
        return reports;
    }

    /** The units' fill-in forms: generated, returned, imported; the return tracker. */
    public FormService forms() {
        return forms;
    }

    /** Status counts by area, the unit ranking, the indicators' 达标 rate, lagging items, the form tracker. */
    public DashboardService dashboard() {
        return dashboard;
    }

    /** Major projects (重大项目) with their yearly plans and quarterly completed investment. */
    public MajorProjectService majorProjects() {
        return majorProjects;
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public void close() {
        database.close();
    }
}
