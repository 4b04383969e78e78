package org.qiyouxiang.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 打印预览 opened from the 报告 menu of the real window: the report's first page shows with 第 1 页 共 n 页,
 * the next-page button turns to page 2, whose foot says so too.
 */
class PrintPreviewWindowTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final RealWindow window = new RealWindow();

    private Stage stage;

    @Test
    void thePreviewOpensFromTheMenuAndTurnsToPageTwo() throws Exception {
        stage = window.start("--data", temp.resolve("数据").toString(), "--sample");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> in(stage.getScene().getRoot()).lookup("#workTree")
                .tryQuery().map(t -> ((TreeView<?>) t).getRoot() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(in(stage.getScene().getRoot()).lookup(".menu-bar .menu").match((Node n) ->
                n instanceof javafx.scene.control.Labeled l && "报告".equals(l.getText())).queryAs(Node.class));
        robot.clickOn(menuItem("打印预览…"));

        Parent preview = previewRoot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageText(preview).startsWith("第 1 页 共 "));
        String total = pageText(preview).substring("第 1 页".length());
        assertThat(footOfPageShown(preview)).isEqualTo("第 1 页" + total);

        Node next = in(preview).lookup("#previewNext").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> next.getScene() != null && !next.isDisabled());
        robot.clickOn(next);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pageText(preview).equals("第 2 页" + total));
        assertThat(footOfPageShown(preview)).isEqualTo("第 2 页" + total);
        assertThat(in(preview).lookup("#previewPrevious").query().isDisabled()).isFalse();
    }

    @Test
    void theToolbarHasTheReportsButtonsBesideImportAndExport() throws Exception {
        stage = window.start("--data", temp.resolve("数据").toString(), "--sample");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> in(stage.getScene().getRoot()).lookup("#toolbarPreview")
                .tryQuery().map(b -> !b.isDisabled()).orElse(false));
        assertThat(in(stage.getScene().getRoot()).lookup(".tool-bar .button").queryAll()).extracting(
                n -> ((javafx.scene.control.Labeled) n).getText())
                .containsExactly("导入", "导出工作清单", "导出季度报告", "打印预览");

        robot.clickOn(in(stage.getScene().getRoot()).lookup("#toolbarPreview").queryAs(Node.class));

        Parent preview = previewRoot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageText(preview).startsWith("第 1 页 共 "));
    }

    private NodeQuery in(Node root) {
        return robot.from(root);
    }

    /** The menu's entry, in the popup the menu opened over the app's window. */
    private Node menuItem(String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findMenuItem(text).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return findMenuItem(text).orElseThrow();
    }

    private Optional<Node> findMenuItem(String text) {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w instanceof PopupWindow p && p.getOwnerWindow() == stage)
                .flatMap(w -> robot.from(w.getScene().getRoot()).lookup(".menu-item")
                        .match((Node n) -> n.getProperties().get(MenuItem.class) instanceof MenuItem m
                                && text.equals(m.getText()) || n instanceof Parent p
                                && robot.from(p).lookup(".label").match((Label l) -> text.equals(l.getText()))
                                .tryQuery().isPresent())
                        .queryAll().stream())
                .findFirst();
    }

    /** The preview's window, owned by the app's, once it shows. */
    private Parent previewRoot() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> preview().isPresent());
        return preview().orElseThrow().getScene().getRoot();
    }

    private Optional<Window> preview() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof Stage s
                && s.getOwner() == stage && w.getScene().getRoot().lookup("#printPreview") != null).findFirst();
    }

    private String pageText(Parent preview) {
        return in(preview).lookup("#previewPageText").queryAs(Label.class).getText();
    }

    /** The 第x页 共y页 drawn at the foot of the paper shown. */
    private String footOfPageShown(Parent preview) {
        return in(preview).lookup("#paper").lookup((Node n) -> n instanceof Text t && t.getText().startsWith("第 "))
                .queryAs(Text.class).getText();
    }
}
