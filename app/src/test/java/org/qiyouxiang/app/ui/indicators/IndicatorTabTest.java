package org.qiyouxiang.app.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.app.service.IndicatorService;
import org.qiyouxiang.app.ui.RealWindow;
import org.testfx.api.FxRobot;
import org.testfx.service.query.EmptyNodeQueryException;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 指标 tab in the real window, driven as the clerk would: open it on the sample, type a target into a
 * cell, report an actual through the dialog and see its judgement, take it back with Ctrl+Z. What was
 * saved is read through the app's own workspace: the database is locked by the running app.
 */
class IndicatorTabTest {

    static final String OCCUPANCY = "托位使用率(%)";

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final RealWindow window = new RealWindow();

    private Stage stage;

    @Test
    void aTargetTypedIntoItsCellIsStoredAndAReportedActualIsJudgedInTheRow() throws Exception {
        openIndicatorTab();
        IndicatorsViewModel viewModel = in().lookup("#indicatorsView").queryAs(IndicatorTableView.class).viewModel();
        IndicatorService indicators = viewModel.workspace().orElseThrow().indicators();
        assertThat(viewModel.rows()).hasSize(42);
        assertThat(table().getRoot().getChildren()).hasSize(9);
        long occupancy = viewModel.rows().stream().filter(r -> r.name().equals(OCCUPANCY)).findFirst()
                .map(IndicatorRow::id).orElseThrow();

        // The key table's 2.6 stands where the five-year table says 4.0: its cell is marked; 托位使用率 is the key
        // table's alone and is not.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell("target-2024", "每千人口拥有3岁以下婴幼儿托位数(个)").getPseudoClassStates())
                .extracting(Object::toString).contains("key-differs");
        assertThat(cell("target-2024", OCCUPANCY).getPseudoClassStates()).extracting(Object::toString)
                .doesNotContain("key-differs");
        // Its 序号 is the key table's, which would read as a duplicate of 学有优教's 4: it says whose it is.
        assertThat(((Labeled) cell("area", OCCUPANCY)).getText()).isEqualTo("重点表 4");
        assertThat(((Labeled) cell("area", "每千人口拥有3岁以下婴幼儿托位数(个)")).getText()).isEqualTo("1");

        robot.clickOn(cell("name", OCCUPANCY));
        robot.clickOn(cell("target-2025", OCCUPANCY));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor().isPresent());
        robot.write(">66").type(KeyCode.ENTER);
        waitUntilSaved(viewModel);

        assertThat(indicators.indicator(occupancy, 2025).orElseThrow().targetText(2025)).isEqualTo(">66");
        assertThat(((Labeled) cell("target-2025", OCCUPANCY)).getText()).isEqualTo(">66");

        robot.clickOn(cell("area", OCCUPANCY));
        robot.clickOn(in().lookup("#recordActual").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#actualDialog").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#actualDialog #valueField").queryAs(TextField.class)).write("65");
        robot.clickOn(robot.lookup("#actualDialog .button").match((Button b) -> "保存".equals(b.getText()))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> verdict(OCCUPANCY).equals("达标 verdict-met"));
        assertThat(indicators.indicator(occupancy, 2024).orElseThrow().latestActual().text()).isEqualTo("65");

        robot.clickOn(cell("area", OCCUPANCY)); // the 序号 column: a click there starts no edit
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> verdict(OCCUPANCY).isEmpty());

        assertThat(indicators.actuals(occupancy, 2024)).isEmpty();
        assertThat(in().lookup("#indicatorStatus").queryAs(Label.class).getText()).startsWith("已撤销");

        // Ctrl+Y makes it again.
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> verdict(OCCUPANCY).equals("达标 verdict-met"));
        assertThat(indicators.actuals(occupancy, 2024)).extracting(a -> a.text()).containsExactly("65");
    }

    @Test
    void anActualSavedOrUndoneHereShowsAtOnceIn总览sRateAndOnTheItemsPage() throws Exception {
        openIndicatorTab();
        IndicatorsViewModel viewModel = in().lookup("#indicatorsView").queryAs(IndicatorTableView.class).viewModel();
        String places = "每千人口拥有3岁以下婴幼儿托位数(个)";
        // The item of the work list linked to it is open on its page in 工作清单.
        showTab("工作清单");
        robot.doubleClickOn(treeCell("幼有善育（10）"));
        robot.doubleClickOn(treeCell("重点指标（3）"));
        robot.clickOn(treeCell("1  每千人口拥有3岁以下婴幼儿托位数"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> linkedIndicatorTexts().contains("2.6"));
        showTab("总览");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> figure(".figure-detail").endsWith("项待判断"));
        assertThat(figure(".figure-value")).isEqualTo("—");
        String undecided = figure(".figure-detail");

        showTab("指标");
        robot.clickOn(cell("area", places));
        robot.clickOn(in().lookup("#recordActual").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#actualDialog").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#actualDialog #valueField").queryAs(TextField.class)).write("2.5");
        robot.clickOn(robot.lookup("#actualDialog .button").match((Button b) -> "保存".equals(b.getText()))
                .queryAs(Button.class));
        waitUntilSaved(viewModel);

        // 2.5 against the key table's 2.6: one indicator judged, not met.
        showTab("总览");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> figure(".figure-value").equals("0%"));
        assertThat(figure(".figure-detail")).startsWith("达标 0 / 1 项");
        showTab("工作清单");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> linkedIndicatorTexts().contains("2.5"));

        showTab("指标");
        robot.clickOn(cell("area", places));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.statusProperty().get().startsWith("已撤销"));

        showTab("总览");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> figure(".figure-value").equals("—"));
        assertThat(figure(".figure-detail")).isEqualTo(undecided);
    }

    private Node treeCell(String text) {
        return in().lookup(".tree-cell").match((javafx.scene.control.TreeCell<?> c) -> text.equals(c.getText())).query();
    }

    private java.util.List<String> linkedIndicatorTexts() {
        return in().lookup("#linkedIndicator .label").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    private void showTab(String name) {
        robot.clickOn(in().lookup(".tab-label").match((Labeled l) -> name.equals(l.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A line of 总览's 重点指标达标率 card. */
    private String figure(String line) {
        return in().lookup("#figureRate " + line).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private void openIndicatorTab() throws Exception {
        stage = window.start("--data", temp.resolve("数据 目录").toString(), "--sample");
        // The tabs are in the window, hidden, while the data loads: wait until they show.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tabHeader().tryQuery()
                .map(header -> header.getScene() != null).orElse(false)
                && in().lookup("#viewTabs").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(tabHeader().queryAs(Node.class));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table().getRoot() != null
                && table().getRoot().getChildren().size() == 9);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private NodeQuery tabHeader() {
        return in().lookup(".tab-label").match((Labeled l) -> "指标".equals(l.getText()));
    }

    private void waitUntilSaved(IndicatorsViewModel viewModel) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.statusProperty().get().startsWith("已保存"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Looks up nodes in the app's own window only: other tests' windows may linger in the same JVM. */
    private NodeQuery in() {
        return robot.from(stage.getScene().getRoot());
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<TableLine> table() {
        return in().lookup("#indicatorTable").queryAs(TreeTableView.class);
    }

    private java.util.Optional<Node> editor() {
        return in().lookup("#indicatorTable .text-field").tryQuery();
    }

    /** The cell of a column in an indicator's row. */
    private Node cell(String columnId, String indicator) {
        return in().lookup(".tree-table-cell").match((TreeTableCell<TableLine, ?> c) -> c.getTableColumn() != null
                && columnId.equals(c.getTableColumn().getId()) && c.getTableRow() != null
                && c.getTableRow().getItem() != null && !c.getTableRow().getItem().isArea()
                && c.getTableRow().getItem().row().name().equals(indicator)).query();
    }

    /**
     * The chip in an indicator's verdict cell as "text style", "" when the cell shows none, "?" while the
     * row is not laid out. Read on the FX thread: cells change while the table lays out.
     */
    private String verdict(String indicator) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            try {
                Node graphic = ((TreeTableCell<?, ?>) cell("verdict", indicator)).getGraphic();
                return graphic instanceof Label chip ? chip.getText() + " " + chip.getStyleClass().stream()
                        .filter(c -> c.startsWith("verdict-") && !c.equals("verdict-chip")).findFirst().orElse("") : "";
            } catch (EmptyNodeQueryException notLaidOut) {
                return "?";
            }
        }).get(5, TimeUnit.SECONDS);
    }
}
