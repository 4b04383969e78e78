package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.TestWorkLists;
import org.qiyouxiang.db.DatabaseException;
import org.qiyouxiang.db.DatabaseOptions;

/** A disk that fills up while saving, backing up or exporting: nothing confirmed is lost, the clerk is told in Chinese. */
class DiskFullTest {

    @TempDir
    Path temp;
    final WorkspaceBackupTest.MutableClock clock = new WorkspaceBackupTest.MutableClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    final DatabaseOptions failingDisk = DatabaseOptions.DEFAULT.withFileSystem(FailingDisk.SCHEME);

    @BeforeAll
    static void install() {
        FailingDisk.install();
    }

    @AfterEach
    void heal() {
        FailingDisk.heal();
    }

    private Path data() {
        return temp.resolve("数据 目录");
    }

    private Workspace open() {
        return Workspace.open(data(), failingDisk, clock);
    }

    @Test
    void aSaveThatCannotReachTheDiskIsRefusedAndLosesNothingSavedBefore() throws Exception {
        Workspace workspace = open();
        workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);
        clock.advanceMinutes(10);
        FailingDisk.fail(name -> name.endsWith("qiyouxiang.mv.db"));

        assertThatThrownBy(() -> workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(2, 2025)), false))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseException.Problem.WRITE_FAILED))
                .hasMessage("保存失败：无法写入数据库，可能是磁盘已满或磁盘出错。这次的修改没有保存，之前保存的内容不受影响。"
                        + "请腾出磁盘空间，关闭并重新打开程序后再试。");
        workspace.close();
        FailingDisk.heal();

        try (Workspace reopened = open()) {
            assertThat(reopened.startupNotice()).isEmpty();
            assertThat(TestWorkLists.withoutIds(reopened.workLists().workList(2024).orElseThrow()))
                    .isEqualTo(TestWorkLists.edit(1, 2024));
            assertThat(reopened.workLists().workList(2025)).isEmpty();
        }
    }

    @Test
    void aBackupThatCannotBeWrittenStopsTheImportAndKeepsTheEarlierBackups() throws Exception {
        try (Workspace workspace = open()) {
            workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);
            List<BackupFile> before = workspace.backups().list();
            clock.advanceMinutes(10);
            FailingDisk.fail(name -> name.endsWith(".tmp"));

            assertThatThrownBy(() -> workspace.imports().store(TestWorkLists.preview(TestWorkLists.edit(2, 2025)), false))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessage("导入前的自动备份没有成功，为安全起见这次没有导入，数据没有改动。"
                            + "备份失败：无法写入备份文件，可能是磁盘已满或没有写入权限。");

            FailingDisk.heal();
            assertThat(workspace.workLists().workList(2025)).isEmpty();
            assertThat(workspace.backups().list()).isEqualTo(before);
            assertThat(temporaries()).isEmpty();
        }
    }

    @Test
    void aFailedExportLeavesTheOldFileAsItWas() throws Exception {
        Path target = temp.resolve("导出 文件夹").resolve("2024年工作清单.xlsx");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "上次导出的内容", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SafeFileWriter.write(target, temporary -> {
            Files.writeString(temporary, "写了一半", StandardCharsets.UTF_8);
            throw new IOException("No space left on device");
        })).isInstanceOf(ExportException.class)
                .hasMessage("无法写入“2024年工作清单.xlsx”：No space left on device。原文件未被改动。");

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("上次导出的内容");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    private List<Path> temporaries() throws IOException {
        try (Stream<Path> files = Files.list(data().resolve("backups"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
