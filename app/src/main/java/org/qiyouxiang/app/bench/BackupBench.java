package org.qiyouxiang.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.qiyouxiang.app.service.ProgrammeGenerator;
import org.qiyouxiang.app.service.WorkListService;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.db.Database;

/**
 * A verified backup (what the daily backup and 立即备份 write: H2's {@code BACKUP TO}, forced to disk, read
 * back to the end by a separate read-only instance) beside H2's {@code BACKUP TO} alone, for a generated
 * programme: {@code BENCH backup.verified_<items> <median> ms baseline <median> ms ratio <x>}.
 */
public final class BackupBench {

    private static final int YEAR = 2024;
    private static final LocalDate TODAY = LocalDate.of(2024, 8, 15);

    private BackupBench() {
    }

    public static List<Figure> run(int items, int runs, Path folder) throws Exception {
        Path data = folder.resolve("data");
        Path plain = folder.resolve("plain.backup.zip");
        Path verified = folder.resolve("verified.backup.zip");
        try (Database database = Database.open(data)) {
            if (new WorkListService(database).workList(YEAR).isEmpty()) {
                ProgrammeGenerator generator = new ProgrammeGenerator(YEAR, 20240815L);
                ProgrammeGenerator.store(database, generator.workList(items), generator, TODAY);
            }
        }
        // Both measured on the file as closing left it (H2 compacts on close), as the clerk's starts find it.
        double bare;
        try (Database database = Database.open(data)) {
            bare = Measure.medianMillis(1, runs, () -> {
                Files.deleteIfExists(plain);
                database.backupTo(plain);
            });
        }
        double ours;
        try (Workspace workspace = Workspace.open(data)) {
            ours = Measure.medianMillis(1, runs, () -> workspace.backups().writeTo(verified));
        }
        return List.of(Figure.against("backup.verified_" + items, ours, bare, "ms"));
    }
}
