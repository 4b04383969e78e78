package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.TestWorkLists;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.DatabaseException;
import org.qiyouxiang.db.DatabaseFiles;
import org.qiyouxiang.db.DatabaseOptions;

/** 从备份恢复: the backup checked first, the current file kept aside, never deleted. */
class WorkspaceRestoreTest {

    @TempDir
    Path temp;
    final WorkspaceBackupTest.MutableClock clock = new WorkspaceBackupTest.MutableClock(LocalDateTime.of(2026, 11, 23, 9, 0));

    private Path data() {
        return temp.resolve("数据 目录");
    }

    private Workspace open() {
        return Workspace.open(data(), DatabaseOptions.DEFAULT, clock);
    }

    @Test
    void aRestoreGoesBackToTheBackupAndKeepsTheCurrentFileAside() throws Exception {
        Workspace workspace = open();
        clock.advanceMinutes(30);
        workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);
        BackupFile beforeSecond = workspace.backups().create(BackupReason.MANUAL);
        clock.advanceMinutes(30);
        workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(2, 2024)), true);
        clock.advanceMinutes(30);

        Workspace restored = workspace.restoreFrom(beforeSecond.path());
        try (restored) {
            assertThat(restored.startupNotice()).hasValue("已从 2026年11月23日 09:30 的备份恢复数据。"
                    + "原来的数据文件已保留为“qiyouxiang-before-restore-2026-11-23-103000.mv.db”，没有删除。");
            assertThat(TestWorkLists.withoutIds(restored.workLists().workList(2024).orElseThrow()))
                    .isEqualTo(TestWorkLists.edit(1, 2024));
            // What was saved since the last backup is backed up first, under the name of what happened.
            assertThat(restored.backups().list()).extracting(BackupFile::reason).contains(BackupReason.RESTORE)
                    .doesNotContain(BackupReason.EXIT);
            assertThat(BackupReason.RESTORE.label()).isEqualTo("恢复前自动备份");
        }
        Path aside = data().resolve("qiyouxiang-before-restore-2026-11-23-103000.mv.db");
        try (Database kept = Database.open(temp.resolve("aside"))) {
            kept.close();
        }
        Files.copy(aside, DatabaseFiles.dataFile(temp.resolve("aside")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Workspace old = Workspace.open(temp.resolve("aside"), DatabaseOptions.DEFAULT, clock)) {
            assertThat(TestWorkLists.withoutIds(old.workLists().workList(2024).orElseThrow()))
                    .isEqualTo(TestWorkLists.edit(2, 2024));
        }
    }

    @Test
    void aFileThatIsNoBackupChangesNothingAndTheWorkspaceStaysOpen() throws Exception {
        try (Workspace workspace = open()) {
            workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);
            Path notABackup = temp.resolve("下载 的文件.zip");
            Files.writeString(notABackup, "不是备份", StandardCharsets.UTF_8);

            assertThatThrownBy(() -> workspace.restoreFrom(notABackup))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessage("“下载 的文件.zip”不是可用的备份：文件已损坏，或不是七优享的数据备份。当前数据没有改动。");

            assertThat(workspace.workLists().workList(2024)).isPresent();
            workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(2, 2025)), false);
        }
        try (var files = Files.list(data())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void aBackupOfANewerAppIsRefused() {
        Path newer = temp.resolve("新版");
        Database database = Database.open(newer, DatabaseOptions.DEFAULT.withMigrations(SchemaUpgradeTest.FUTURE));
        Path zip = temp.resolve("新版备份.zip");
        database.backupTo(zip);
        database.close();

        try (Workspace workspace = open()) {
            assertThatThrownBy(() -> workspace.restoreFrom(zip))
                    .isInstanceOfSatisfying(DatabaseException.class,
                            e -> assertThat(e.problem()).isEqualTo(DatabaseException.Problem.NEWER_SCHEMA))
                    .hasMessageContaining("“新版备份.zip”由较新版本的七优享工程进度管理保存（数据版本 99）");
        }
    }

    @Test
    void aBareDatabaseFileCanBeRestoredIntoAClosedFolder() throws Exception {
        try (Workspace workspace = open()) {
            workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(3, 2024)), false);
        }
        Path copy = temp.resolve("别处").resolve("副本.mv.db");
        Files.createDirectories(copy.getParent());
        Files.copy(DatabaseFiles.dataFile(data()), copy);
        Path other = temp.resolve("另一个 数据目录");

        DataRestore.Result result = DataRestore.restore(other, copy);

        assertThat(result.setAside()).isEmpty();
        try (Workspace workspace = Workspace.open(other, DatabaseOptions.DEFAULT, clock)) {
            assertThat(TestWorkLists.withoutIds(workspace.workLists().workList(2024).orElseThrow()))
                    .isEqualTo(TestWorkLists.edit(3, 2024));
        }
    }
}
