package org.qiyouxiang.app.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.app.core.Place;
import org.qiyouxiang.app.excel.WorkListReadResult;
import org.qiyouxiang.app.excel.WorkListReader;
import org.qiyouxiang.app.service.ImportPreview;
import org.qiyouxiang.app.service.PendingImport;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The preview the clerk confirms before an import: areas with counts by kind, warnings, a replaced year. */
class ImportPreviewDialogTest {

    private final FxRobot robot = new FxRobot();
    private Stage owner;

    @BeforeEach
    void stage() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> stage.setScene(new Scene(new StackPane(), 800, 600)));
        FxToolkit.showStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void listsEveryAreaWithItsCountsAndImportsOnConfirm() throws Exception {
        CompletableFuture<Boolean> answer = show(preview(false, List.of()));

        TableView<?> areas = robot.lookup(".preview-areas").queryAs(TableView.class);
        assertThat(areas.getItems()).hasSize(8);
        assertThat(areas.getItems().get(2)).isEqualTo(List.of("劳有所得", "4", "8", "3", "15"));
        robot.clickOn("导入");

        assertThat(answer.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anExistingYearIsNamedAndTheButtonSaysReplace() throws Exception {
        CompletableFuture<Boolean> answer = show(preview(true, List.of(
                new ImportProblem(Place.file("a.xlsx").sheet("工作清单").cell(5, "I"), "没有填写牵头单位。"))));

        assertThat(robot.lookup(".preview-replace").queryAs(Label.class).getText())
                .isEqualTo("2024 年的工作清单已存在。导入将用本文件替换原有清单。");
        assertThat(robot.lookup(".preview-warnings").queryListView().getItems())
                .containsExactly("文件“a.xlsx”，工作表“工作清单”，第 5 行 I 列：没有填写牵头单位。");
        robot.clickOn("取消");

        assertThat(answer.get(5, TimeUnit.SECONDS)).isFalse();
    }

    private CompletableFuture<Boolean> show(ImportPreview preview) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new ImportPreviewDialog(owner, ImportSummary.of(
                new PendingImport.WorkList(null, preview))).confirmed()));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    private static ImportPreview preview(boolean exists, List<ImportProblem> warnings) throws Exception {
        Path file = Samples.workList();
        WorkListReadResult read = new WorkListReader().read(file, OptionalInt.empty());
        return new ImportPreview(file, read.workList(), read.county(), warnings, exists);
    }
}
