package org.qiyouxiang.app.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.TestWorkLists;
import org.qiyouxiang.app.service.BackupReason;
import org.qiyouxiang.app.service.Workspace;

class BackupViewModelTest {

    @TempDir
    Path temp;
    final AtomicReference<Workspace> workspace = new AtomicReference<>();
    BackupViewModel viewModel;

    @BeforeEach
    void open() {
        workspace.set(Workspace.open(temp.resolve("数据 目录")));
        viewModel = new BackupViewModel(workspace::get, workspace::set, Runnable::run, Runnable::run);
    }

    @AfterEach
    void close() {
        workspace.get().close();
    }

    @Test
    void listsTheBackupsWithTimeReasonAndSize() {
        viewModel.refresh();

        assertThat(viewModel.rows()).singleElement().satisfies(row -> {
            assertThat(row.reason()).isEqualTo("每日自动备份");
            assertThat(row.time()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
            assertThat(row.size()).endsWith("KB");
        });
        assertThat(viewModel.folderText()).startsWith("备份保存在：").endsWith("backups");
    }

    @Test
    void backupNowAddsAVerifiedBackupAndSaysSo() {
        viewModel.backupNow();

        assertThat(viewModel.rows()).hasSize(2);
        assertThat(viewModel.rows().get(0).reason()).isEqualTo("手动备份");
        assertThat(viewModel.statusProperty().get()).startsWith("已备份（").endsWith("），并已检查可用。");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void restoringTheSelectedBackupHandsOverTheReopenedWorkspace() throws Exception {
        Workspace before = workspace.get();
        before.imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);
        viewModel.refresh();
        viewModel.selectedProperty().set(viewModel.rows().stream()
                .filter(r -> r.backup().reason() == BackupReason.IMPORT).findFirst().orElseThrow());

        assertThat(viewModel.confirmRestoreText()).startsWith("确定要恢复到 ").contains("的备份吗？");
        viewModel.restoreSelected();

        assertThat(workspace.get()).isNotSameAs(before);
        assertThat(workspace.get().workLists().workList(2024)).isEmpty();
        assertThat(viewModel.statusProperty().get()).startsWith("已从 ").contains("原来的数据文件已保留为");
    }

    @Test
    void aFileThatIsNoBackupIsRefusedInChineseAndTheWorkspaceStays() throws Exception {
        Workspace before = workspace.get();
        Path notABackup = temp.resolve("随便 一个.zip");
        Files.writeString(notABackup, "不是备份", StandardCharsets.UTF_8);

        viewModel.restoreFrom(notABackup);

        assertThat(workspace.get()).isSameAs(before);
        assertThat(viewModel.statusProperty().get()).isEqualTo("“随便 一个.zip”不是可用的备份：文件已损坏，或不是七优享的数据备份。当前数据没有改动。");
        assertThat(before.workLists().isEmpty()).isTrue();
    }

    @Test
    void exportAllWritesTheWorkbookAndSaysWhere() throws Exception {
        workspace.get().imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);
        Path target = temp.resolve("导出 文件夹").resolve("全部 数据.xlsx");

        viewModel.exportAll(target);

        assertThat(target).isRegularFile();
        assertThat(viewModel.statusProperty().get()).startsWith("已导出全部数据：工作清单 ")
                .endsWith("文件：" + target.toAbsolutePath());
        assertThat(viewModel.exportedProperty().get()).isEqualTo(target);
        assertThat(viewModel.lastFolder()).contains(target.getParent());
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void exportAllThatCannotWriteSaysWhyInChinese() throws Exception {
        workspace.get().imports().store(TestWorkLists.preview(TestWorkLists.edit(1, 2024)), false);
        Path taken = temp.resolve("全部 数据.xlsx");
        Files.createDirectories(taken);

        viewModel.exportAll(taken);

        assertThat(viewModel.statusProperty().get()).startsWith("无法导出：无法写入“全部 数据.xlsx”")
                .endsWith("原文件未被改动。");
        assertThat(viewModel.exportedProperty().get()).isNull();
    }

    @Test
    void exportAllOffersTodaysFileName() {
        assertThat(viewModel.exportAllFileName()).isEqualTo("七优享全部数据_" + java.time.LocalDate.now() + ".xlsx");
    }
}
