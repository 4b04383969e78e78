package org.qiyouxiang.app.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.service.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackupDialogTest {

    @TempDir
    static Path temp;
    final AtomicReference<Workspace> workspace = new AtomicReference<>();

    @Start
    void start(Stage owner) {
        workspace.set(Workspace.open(temp.resolve("数据 目录")));
        owner.setScene(new Scene(new StackPane(), 200, 100));
        owner.show();
        BackupViewModel viewModel = new BackupViewModel(workspace::get, workspace::set, Runnable::run, Runnable::run);
        new BackupDialog(owner, viewModel, file -> { }).show();
    }

    @AfterEach
    void close() {
        workspace.get().close();
    }

    @Test
    void listsTheBackupsAndBacksUpOnAClick(FxRobot robot) {
        TableView<?> table = robot.lookup(".table-view").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("备份时间").tryQuery()).isPresent();

        robot.clickOn("立即备份");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(label -> label.getText().startsWith("已备份（"));
    }

    @Test
    void offersToExportAllDataBesideTheBackupButtons(FxRobot robot) {
        javafx.scene.control.Button export = robot.lookup("#exportAllData").queryButton();

        assertThat(export.getText()).isEqualTo("导出全部数据为 Excel…");
        assertThat(export.isDisabled()).isFalse();
        assertThat(export.getParent()).isSameAs(robot.lookup("立即备份").queryButton().getParent());
    }
}
