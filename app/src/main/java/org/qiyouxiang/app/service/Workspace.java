package org.qiyouxiang.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qiyouxiang.app.core.LogSafe;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.DatabaseException;
import org.qiyouxiang.db.DatabaseOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the window and the command line work with for one data folder: the database, the
 * services over it, its backups and the clerk's settings. Opened in the background, closed once at exit.
 *
 * <p>Opening checks the file first (read-only, every row read), sets a damaged file aside and restores
 * the newest good backup, refuses a file of a newer app without writing to it, backs up before a schema
 * upgrade, and makes the daily backup. What the clerk must know is in {@link #startupNotice()}.
 */
public final class Workspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final Database database;
    private final DatabaseOptions options;
    private final Clock clock;
    private final WorkListService workLists;
    private final WorkListImportService imports;
    private final WorkListExportService exports;
    private final ProgressService progress;
    private final YearCopyService yearCopies;
    private final ImportUndoService importUndo;
    private final IndicatorService indicators;
    private final IndicatorImportService indicatorImports;
    private final IndicatorExportService indicatorExports;
    private final ReportService reports;
    private final FormService forms;
    private final DashboardService dashboard;
    private final MajorProjectService majorProjects;
    private final AllDataExportService allData;
    private final Backups backups;
    private final Settings settings;
    private final List<String> notices;
    private boolean closed;

    private Workspace(Database database, Backups backups, List<String> notices, Clock clock) {
        this.database = database;
        this.options = database.options();
        this.clock = clock;
        this.backups = backups;
        this.workLists = new WorkListService(database);
        this.imports = new WorkListImportService(database, () -> backups.create(BackupReason.IMPORT));
        this.exports = new WorkListExportService(workLists);
        String actor = Actor.current();
        this.progress = new ProgressService(database, clock, actor);
        this.yearCopies = new YearCopyService(database, clock, actor);
        this.importUndo = new ImportUndoService(database, clock, actor);
        this.indicators = new IndicatorService(database);
        this.indicatorImports = new IndicatorImportService(database);
        this.indicatorExports = new IndicatorExportService(database, indicators);
        this.settings = Settings.load(database.folder());
        this.notices = new ArrayList<>(notices);
        this.reports = new ReportService(database, progress, clock);
        this.forms = new FormService(database, progress, clock);
        this.dashboard = new DashboardService(reports, forms);
        this.majorProjects = new MajorProjectService(database);
        this.allData = new AllDataExportService(database, clock);
    }

    /**
     * Opens the data folder's database, repairing and upgrading it as needed.
     *
     * @throws DatabaseException with a message for the clerk when it cannot be used (another program has
     *                           it, a newer app wrote it, an upgrade failed and was undone)
     */
    public static Workspace open(Path dataFolder) {
        return open(dataFolder, DatabaseOptions.DEFAULT, Clock.systemDefaultZone());
    }

    /** @param clock what today is for the status rules, the report's date and the change log; tests fix it */
    public static Workspace open(Path dataFolder, Clock clock) {
        return open(dataFolder, DatabaseOptions.DEFAULT, clock);
    }

    static Workspace open(Path dataFolder, DatabaseOptions options, Clock clock) {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw DatabaseFailures.folder(dataFolder, e);
        }
        BackupFolder backupFolder = new BackupFolder(dataFolder, clock);
        DataRestore restore = new DataRestore(dataFolder, options, clock);
        UpgradeMarker marker = new UpgradeMarker(dataFolder);
        StartupRepair.Outcome checked = new StartupRepair(dataFolder, backupFolder, restore, marker, options).run();
        if (checked.schema().isPresent() && checked.schema().get().isNewerThanApp()) {
            throw DatabaseFailures.newer(checked.schema().get());
        }
        Database database = openOrCreate(dataFolder, checked, new SchemaUpgrade(dataFolder, backupFolder, restore,
                marker, options));
        List<String> notices = new ArrayList<>(checked.notices());
        Backups backups = new Backups(backupFolder, database);
        if (backupFolder.dailyBackupDue()) {
            try {
                backups.create(BackupReason.DAILY);
            } catch (RuntimeException e) {
                LOG.warn("daily backup failed", LogSafe.redact(e));
                notices.add(Messages.get("startup.dailyBackupFailed"));
            }
        }
        return new Workspace(database, backups, notices, clock);
    }

    /** Opens the checked file, or creates a new one inside the bracket of a {@link CreationMarker}. */
    private static Database openOrCreate(Path dataFolder, StartupRepair.Outcome checked, SchemaUpgrade upgrade) {
        if (checked.schema().isPresent()) {
            return upgrade.open(checked.schema());
        }
        CreationMarker creation = new CreationMarker(dataFolder);
        try {
            creation.write();
        } catch (IOException e) {
            throw DatabaseFailures.folder(dataFolder, e);
        }
        Database database = upgrade.open(checked.schema());
        creation.clear();
        return database;
    }

    /**
     * What the clerk must be told once the window is up, in Chinese: the file was damaged and a backup
     * restored (naming its date), the file was missing, an interrupted upgrade was redone, the daily
     * backup failed. Empty on an ordinary start.
     */
    public Optional<String> startupNotice() {
        return notices.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", notices));
    }

    /**
     * Replaces the data by a backup: checks it while this workspace is still open (so a bad file changes
     * nothing), closes this workspace, restores (the current file is kept aside, never deleted) and
     * opens the folder again. Use the returned workspace from then on; its notice says what happened.
     *
     * @throws DatabaseException with a message for the clerk. When the backup fails its check this
     *                           workspace stays open; after a failed write it is closed: open the folder again.
     */
    public Workspace restoreFrom(Path backup) {
        Path folder = dataFolder();
        DataRestore restore = new DataRestore(folder, options, clock);
        restore.verify(backup);
        close(BackupReason.RESTORE);
        DataRestore.Result result = restore.restoreFrom(backup, "before-restore");
        Workspace reopened = open(folder, options, clock);
        String time = BackupFile.timeText(result.backupTime());
        reopened.notices.add(0, result.setAside()
                .map(aside -> Messages.get("startup.restored.setAside", time, aside.getFileName()))
                .orElseGet(() -> Messages.get("startup.restored", time)));
        return reopened;
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

    /** 导出全部数据为 Excel: a readable copy of everything stored. */
    public AllDataExportService allData() {
        return allData;
    }

    public Backups backups() {
        return backups;
    }

    public Settings settings() {
        return settings;
    }

    /** Backs up what was saved this session (when anything was), then closes the database. Never throws. */
    @Override
    public synchronized void close() {
        close(BackupReason.EXIT);
    }

    /** @param reason what the backup of unsaved-to-backup changes is named after: the app's exit, or a restore */
    private synchronized void close(BackupReason reason) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (backups.savedSinceLastBackup()) {
                backups.create(reason);
            }
        } catch (RuntimeException e) {
            LOG.warn("backup at {} failed", reason, LogSafe.redact(e));
        }
        database.close();
    }
}
