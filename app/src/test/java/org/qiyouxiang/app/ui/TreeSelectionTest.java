package org.qiyouxiang.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.ui.main.WorkTreeNode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The work tree keeps what the clerk selected while other areas open and close above it. */
class TreeSelectionTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;
    private Stage stage;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void openingAnAreaAboveTheSelectedOneKeepsItSelectedAndShown() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DesktopApp.class, "--data", temp.resolve("数据").toString(), "--sample");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.from(stage.getScene().getRoot())
                .lookup("#workTree").tryQuery().isPresent() && tree().getRoot() != null
                && tree().getRoot().getValue().count() > 0);
        robot.clickOn(robot.from(stage.getScene().getRoot()).lookup(".tab-label")
                .match((Label l) -> "工作清单".equals(l.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(cell("病有良医（16）"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree().getSelectionModel().getSelectedItem().getValue().label()).isEqualTo("病有良医");

        Node arrow = robot.from(cell("学有优教（12）")).lookup(".tree-disclosure-node").query();
        robot.clickOn(arrow);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cell("重点任务（7）")).isNotNull();
        assertThat(tree().getSelectionModel().getSelectedItem()).isNotNull();
        assertThat(tree().getSelectionModel().getSelectedItem().getValue().label()).isEqualTo("病有良医");
        // The pane beside the tree still shows the area, not "choose an item".
        assertThat(robot.from(stage.getScene().getRoot()).lookup("#itemPane .label").queryAll())
                .extracting(n -> ((Label) n).getText()).contains("病有良医").doesNotContain(org.qiyouxiang.app.core.Messages.get("item.choose"));
    }

    @SuppressWarnings("unchecked")
    private TreeView<WorkTreeNode> tree() {
        return robot.from(stage.getScene().getRoot()).lookup("#workTree").queryAs(TreeView.class);
    }

    private Node cell(String text) {
        return robot.from(stage.getScene().getRoot()).lookup(".tree-cell")
                .match((TreeCell<?> c) -> text.equals(c.getText())).query();
    }
}
