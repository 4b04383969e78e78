package org.qiyouxiang.app.reliability;

import org.qiyouxiang.app.ShippedMigrations;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.ChildJvm;
import org.qiyouxiang.app.TestWorkLists;
import org.qiyouxiang.app.service.BackupFile;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.db.DatabaseFiles;
import org.qiyouxiang.db.DatabaseOptions;

/**
 * Power cuts while backing up: after each kill every file named as a backup reads to the end (a
 * half-written one is only ever a temporary file), the backup made before the cut is still there,
 * and the database opens without repair with its data.
 *
 * <p>{@code qiyouxiang.reliability.backupKills} kills (3 in the normal build, 50 with {@code -Preliability}).
 */
class KillDuringBackupTest {

    private static final int KILLS = Integer.getInteger("qiyouxiang.reliability.backupKills", 3);

    @TempDir
    Path temp;

    @Test
    void everyBackupOnDiskIsWholeAfterAKillMidBackup() throws Exception {
        Path data = temp.resolve("数据 目录");
        try (Workspace workspace = Workspace.open(data)) {
            workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);
        }
        Random random = new Random();
        int backupsMade = 0;
        int checked = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            String lastBacked = null;
            try (ChildJvm child = ChildJvm.start(CrashChild.class, "backup", data.toString())) {
                assertThat(child.nextLine(120_000)).as("stderr: %s", child.errors()).isEqualTo("OPEN false");
                Thread.sleep(200 + random.nextInt(2000));
                child.kill();
                for (String line : child.drainLines()) {
                    lastBacked = line.substring("BACKED ".length());
                    backupsMade++;
                }
            }
            List<Path> backups = backups(data);
            for (Path backup : backups) {
                assertThat(DatabaseFiles.verifyArchive(backup, DatabaseOptions.DEFAULT).version()).isEqualTo(ShippedMigrations.LATEST);
                checked++;
            }
            if (lastBacked != null) {
                assertThat(backups).as("the last confirmed backup, newest of all").contains(data.resolve("backups").resolve(lastBacked));
            }
            try (Workspace workspace = Workspace.open(data)) {
                assertThat(workspace.startupNotice()).isEmpty();
                assertThat(workspace.workLists().workList(2024)).isPresent();
                assertThat(workspace.backups().list()).extracting(BackupFile::path).containsExactlyInAnyOrderElementsOf(backups);
            }
        }
        System.out.printf("Kill during backup: %d kills, %d backups confirmed, %d backup files checked whole, 0 damaged%n",
                KILLS, backupsMade, checked);
    }

    private static List<Path> backups(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".backup.zip")).sorted().toList();
        }
    }
}
