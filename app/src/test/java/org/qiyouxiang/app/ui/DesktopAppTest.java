package org.qiyouxiang.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.db.model.Milestone;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, driven as the clerk would: start, load the sample, open the tree, read an item. */
class DesktopAppTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final RealWindow window = new RealWindow();

    private Stage stage;

    private void start(String... extra) throws Exception {
        String[] args = new String[extra.length + 2];
        args[0] = "--data";
        args[1] = temp.resolve("数据 目录").toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        stage = window.start(args);
    }

    @Test
    void theSampleOpensInTheTreeAndAnItemShowsItsMilestonesByQuarter() throws Exception {
        start("--sample");
        waitForTree();
        openWorkList();

        robot.doubleClickOn(cell("劳有所得（15）"));
        robot.doubleClickOn(cell("重点任务（8）"));
        robot.clickOn(cell("5  加强劳动关系综合治理"));

        assertThat(in().lookup("#itemName").queryAs(Label.class).getText()).isEqualTo("加强劳动关系综合治理");
        assertThat(milestone("#milestone-1-1").text()).isEqualTo("全县“开工第一课”活动服务企业覆盖率不低于3%。");
        assertThat(in().lookup("#schedule").queryAs(GridPane.class).getChildren()
                .filtered(n -> n.getStyleClass().contains("milestone"))).hasSize(12);
    }

    @Test
    void aMilestoneMergedAcrossTheYearSpansAllFourQuarterColumns() throws Exception {
        start("--sample");
        waitForTree();
        openWorkList();

        robot.doubleClickOn(cell("幼有善育（10）"));
        robot.doubleClickOn(cell("重点指标（3）"));
        robot.clickOn(cell("1  每千人口拥有3岁以下婴幼儿托位数"));

        Node yearly = in().lookup("#milestone-0-1").query();
        assertThat(((Milestone) yearly.getUserData()).text()).isEqualTo("年度指标2.6");
        assertThat(GridPane.getColumnSpan(yearly)).isEqualTo(4);
        assertThat(in().lookup("#itemUnits").queryAs(Label.class).getText()).isEqualTo("县卫健局");
        // A key indicator item shows the indicator it is linked to, with the year's target as written.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !in().lookup("#linkedIndicator")
                .queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty());
        assertThat(in().lookup("#linkedIndicator .label").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("关联指标", "2.6");
    }

    @Test
    void openingAnAreaAboveTheSelectedOneKeepsItSelectedAndShown() throws Exception {
        start("--sample");
        waitForTree();
        openWorkList();
        robot.clickOn(cell("病有良医（16）"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree().getSelectionModel().getSelectedItem().getValue().label()).isEqualTo("病有良医");

        robot.clickOn(robot.from(cell("学有优教（12）")).lookup(".tree-disclosure-node").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        // The area opened (its rows are made on opening) and the selection stayed where the clerk put it.
        assertThat(cell("重点任务（7）")).isNotNull();
        assertThat(tree().getSelectionModel().getSelectedItem()).isNotNull();
        assertThat(tree().getSelectionModel().getSelectedItem().getValue().label()).isEqualTo("病有良医");
        assertThat(in().lookup("#itemPane .label").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("病有良医").doesNotContain(org.qiyouxiang.app.core.Messages.get("item.choose"));
    }

    @Test
    void aFailureNoCodeCaughtIsToldToTheClerkInsteadOfAClickThatDoesNothing() throws Exception {
        start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> in().lookup("#welcomeSample").tryQuery().isPresent());
        javafx.application.Platform.runLater(() -> {
            throw new IllegalStateException("a handler that failed");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> errorDialog().isPresent());
        javafx.scene.control.DialogPane pane = errorDialog().orElseThrow();
        assertThat(pane.getHeaderText()).isEqualTo("发生意外错误");
        assertThat(((Label) pane.getContent()).getText())
                .isEqualTo("程序遇到意外错误（IllegalStateException），刚才的操作没有完成。详情已记入日志。");
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());

        // The window goes on working after the message.
        robot.clickOn(in().lookup("#welcomeSample").queryAs(Node.class));
        waitForTree();
        assertThat(tree().getRoot().getValue().count()).isEqualTo(91);
    }

    @Test
    void aboutTellsTheVersionAndWhereTheDataAndLogsAre() throws Exception {
        start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> in().lookup("#welcomeSample").tryQuery().isPresent());
        robot.clickOn("帮助");
        robot.clickOn("关于");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ownedDialog("#aboutDialog").isPresent());
        javafx.scene.control.DialogPane pane = ownedDialog("#aboutDialog").orElseThrow();
        Path folder = temp.resolve("数据 目录").toAbsolutePath().normalize();
        assertThat(((Label) pane.getContent()).getText()).isEqualTo("版本：开发版\n数据文件夹：" + folder
                + "\n日志文件夹：" + folder.resolve("logs") + "\nJava：" + System.getProperty("java.version"));
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());

        // F1: the guide, the quarter's work first.
        robot.type(javafx.scene.input.KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ownedDialog("#guideDialog").isPresent());
        javafx.scene.control.DialogPane guide = ownedDialog("#guideDialog").orElseThrow();
        String text = ((Label) ((javafx.scene.control.ScrollPane) guide.getContent()).getContent()).getText();
        assertThat(text).startsWith("一、每个季度的工作\n1. 生成填报表：报告 → 生成填报表…").contains("F1 使用说明");
        robot.interact(() -> ((Stage) guide.getScene().getWindow()).close());
    }

    private java.util.Optional<javafx.scene.control.DialogPane> errorDialog() {
        return ownedDialog("#errorDialog");
    }

    private java.util.Optional<javafx.scene.control.DialogPane> ownedDialog(String id) {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w instanceof Stage s && s.getOwner() == stage)
                .map(w -> w.getScene().getRoot().lookup(id))
                .filter(javafx.scene.control.DialogPane.class::isInstance)
                .map(javafx.scene.control.DialogPane.class::cast).findFirst();
    }

    @Test
    void theFirstStartOffersTheSampleAndLoadsItOnAClick() throws Exception {
        start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> in().lookup("#welcomeSample").tryQuery().isPresent());
        // The lookup runs off the FX thread: the pane can be in its parent's children a moment before
        // it has a scene. Let the FX thread finish adding it before clicking.
        WaitForAsyncUtils.waitForFxEvents();

        Node sample = in().lookup("#welcomeSample").query();
        robot.clickOn(sample);
        waitForTree();

        // The welcome pane is hidden, not removed: the window keeps each screen it once showed.
        assertThat(in().lookup("#welcomePane").tryQuery().map(Node::isVisible)).contains(false);
        assertThat(tree().getRoot().getValue().count()).isEqualTo(91);
        assertThat(in().lookup("#viewTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("tabDashboard");
    }

    @Test
    void theWorkListAndTheProgressTableAreReadyBeforeTheClerkOpensThem() throws Exception {
        start("--sample");
        TabPane tabs = waitForDashboard();

        // 总览 shows the data first; 工作清单 and 进展填报 are made right after, while their tabs stay closed.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tab(tabs, "tabWorkList").getContent() != null
                && tab(tabs, "tabProgress").getContent() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tabDashboard");
        assertThat(tree().getRoot().getValue().count()).isEqualTo(91);
        // The Gantt chart and the indicator table are made only when opened.
        assertThat(tab(tabs, "tabGantt").getContent()).isNull();
        assertThat(tab(tabs, "tabIndicators").getContent()).isNull();

        openWorkList();
        assertThat(in().lookup("#workTree").query().isVisible()).isTrue();
    }

    private TabPane waitForDashboard() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> in().lookup("#dashboardTitle").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("2024年")).orElse(false));
        return in().lookup("#viewTabs").queryAs(TabPane.class);
    }

    private static javafx.scene.control.Tab tab(TabPane tabs, String id) {
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    /** Looks up nodes in the app's own window only: other tests' windows may linger in the same JVM. */
    private org.testfx.service.query.NodeQuery in() {
        return robot.from(stage.getScene().getRoot());
    }

    private void waitForTree() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> in().lookup("#workTree").tryQuery().isPresent()
                && tree().getRoot() != null && tree().getRoot().getValue().count() > 0
                && in().lookup("#viewTabs").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window opens on 总览; the tree is on the 工作清单 tab. */
    private void openWorkList() {
        robot.clickOn(in().lookup(".tab-label").match((Label l) -> "工作清单".equals(l.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TreeView<org.qiyouxiang.app.ui.main.WorkTreeNode> tree() {
        return in().lookup("#workTree").queryAs(TreeView.class);
    }

    private Node cell(String text) {
        return in().lookup(".tree-cell").match((TreeCell<?> c) -> text.equals(c.getText())).query();
    }

    private Milestone milestone(String id) {
        return (Milestone) in().lookup(id).query().getUserData();
    }
}
