package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.TestWorkLists;
import org.qiyouxiang.db.DatabaseFiles;
import org.qiyouxiang.db.DatabaseOptions;

/** The automatic backups: daily at start, before every import, at exit after a save; each one verified. */
class WorkspaceBackupTest {

    @TempDir
    Path temp;
    final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 23, 9, 0));

    private Path data() {
        return temp.resolve("数据 目录");
    }

    private Workspace open() {
        return Workspace.open(data(), DatabaseOptions.DEFAULT, clock);
    }

    private List<BackupReason> reasons(Workspace workspace) {
        return workspace.backups().list().stream().map(BackupFile::reason).toList();
    }

    @Test
    void theFirstStartMakesTheDailyBackup() {
        try (Workspace workspace = open()) {
            assertThat(reasons(workspace)).containsExactly(BackupReason.DAILY);
            assertThat(workspace.startupNotice()).isEmpty();
        }
    }

    @Test
    void aStartWithinADayOfTheLastBackupMakesNone() {
        open().close();
        clock.advanceMinutes(23 * 60);

        try (Workspace workspace = open()) {
            assertThat(reasons(workspace)).containsExactly(BackupReason.DAILY);
        }
    }

    @Test
    void aStartMoreThanADayLaterMakesANewDailyBackup() {
        open().close();
        clock.advanceMinutes(25 * 60);

        try (Workspace workspace = open()) {
            assertThat(reasons(workspace)).containsExactly(BackupReason.DAILY, BackupReason.DAILY);
        }
    }

    @Test
    void everyImportIsPrecededByABackupOfTheStateBeforeIt() throws Exception {
        try (Workspace workspace = open()) {
            clock.advanceMinutes(5);
            workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);

            BackupFile beforeImport = workspace.backups().newest().orElseThrow();
            assertThat(beforeImport.reason()).isEqualTo(BackupReason.IMPORT);
            assertThat(DatabaseFiles.verifyArchive(beforeImport.path(), DatabaseOptions.DEFAULT).isNew()).isFalse();
        }
    }

    @Test
    void exitBacksUpWhatWasSavedAndNothingWhenNothingWas() throws Exception {
        try (Workspace workspace = open()) {
            clock.advanceMinutes(5);
            workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);
            clock.advanceMinutes(5);
        }
        clock.advanceMinutes(5);
        try (Workspace workspace = open()) {
            assertThat(reasons(workspace)).containsExactly(BackupReason.EXIT, BackupReason.IMPORT, BackupReason.DAILY);
        }
        try (Workspace workspace = open()) {
            assertThat(workspace.backups().list()).hasSize(3);
        }
    }

    @Test
    void theExitBackupHoldsTheLastImport() throws Exception {
        try (Workspace workspace = open()) {
            clock.advanceMinutes(5);
            workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(7, 2024)), false);
        }
        Path restored = temp.resolve("恢复");
        Files.createDirectories(restored);
        BackupFile exit = new BackupFolder(data(), clock).newest().orElseThrow();

        DatabaseFiles.extract(exit.path(), DatabaseFiles.dataFile(restored));

        try (Workspace workspace = Workspace.open(restored, DatabaseOptions.DEFAULT, clock)) {
            assertThat(TestWorkLists.withoutIds(workspace.workLists().workList(2024).orElseThrow()))
                    .isEqualTo(TestWorkLists.edit(7, 2024));
        }
    }

    @Test
    void aManualBackupIsNamedByTimeAndReasonAndSized() {
        try (Workspace workspace = open()) {
            clock.advanceMinutes(90);

            BackupFile backup = workspace.backups().create(BackupReason.MANUAL);

            assertThat(backup.path().getFileName().toString()).isEqualTo("qiyouxiang-2026-11-23-103000-manual.backup.zip");
            assertThat(backup.timeText()).isEqualTo("2026年11月23日 10:30");
            assertThat(backup.size()).isPositive();
            assertThat(backup.sizeText()).endsWith("KB");
            assertThat(workspace.backups().folder()).isEqualTo(data().resolve("backups"));
        }
    }

    @Test
    void leftoversOfAKilledBackupAreNeverListedAndAreCleanedUp() throws IOException {
        open().close();
        Path leftover = data().resolve("backups").resolve(".qiyouxiang-backup-123.tmp");
        Files.writeString(leftover, "half a backup");
        clock.advanceMinutes(5);

        try (Workspace workspace = open()) {
            assertThat(workspace.backups().list()).hasSize(1);
            workspace.backups().create(BackupReason.MANUAL);
            assertThat(leftover).doesNotExist();
        }
    }

    @Test
    void eachBackupRotatesTheFolder() {
        try (Workspace workspace = open()) {
            for (int day = 0; day < 12; day++) {
                clock.advanceMinutes(25 * 60);
                workspace.backups().create(BackupReason.MANUAL);
                workspace.backups().create(BackupReason.MANUAL);
            }
            List<BackupFile> backups = workspace.backups().list();

            // The ten newest (the last five days), and the newest of each of the two days before them.
            assertThat(backups).hasSize(12);
            assertThat(backups.stream().map(b -> b.time().toLocalDate()).distinct()).hasSize(7);
            assertThat(backups.get(0).time()).isEqualTo(clock.now().plusSeconds(1));
        }
    }

    @Test
    void aBackupMadeAfterTheClockWasSetBackIsStillNamedTheNewest() {
        try (Workspace workspace = open()) {
            for (int i = 0; i < 12; i++) {
                clock.advanceMinutes(1);
                workspace.backups().create(BackupReason.MANUAL);
            }
            clock.advanceMinutes(-60);

            BackupFile made = workspace.backups().create(BackupReason.IMPORT);

            assertThat(made.path()).isRegularFile();
            assertThat(workspace.backups().list().get(0)).isEqualTo(made);
            assertThat(made.time()).isEqualTo(clock.now().plusMinutes(60).plusSeconds(1));
        }
    }

    /** A clock the test moves forward (or, as a PC's clock can be, back). */
    static final class MutableClock extends java.time.Clock {
        private Instant now;

        MutableClock(LocalDateTime start) {
            this.now = start.atZone(ZoneId.systemDefault()).toInstant();
        }

        void advanceMinutes(long minutes) {
            now = now.plusSeconds(minutes * 60);
        }

        LocalDateTime now() {
            return LocalDateTime.ofInstant(now, ZoneId.systemDefault());
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public java.time.Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
