package org.qiyouxiang.app.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.report.ReportItem;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.RealWindow;
import org.qiyouxiang.app.ui.main.WorkTreeNode;
import org.qiyouxiang.db.model.Status;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 总览 tab in the real window, on a data folder with the sample and two quarters of the clerk's statuses:
 * it is the tab the window opens on, the quarter can be changed, and a lagging item opens in the work list.
 */
class DashboardWindowTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final RealWindow window = new RealWindow();

    private Stage stage;

    @Test
    void theWindowOpensOnTheDashboardWhoseLaggingItemsOpenInTheWorkList() throws Exception {
        long secondLagging;
        try (Workspace prepared = DashboardSample.open(temp, Clock.systemDefaultZone())) {
            secondLagging = DashboardSample.ids(prepared, 1, Status.LAGGING).stream().skip(1).findFirst().orElseThrow();
        }
        stage = window.start("--data", temp.resolve("data").toString(), "--sample");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#dashboardTitle").startsWith("2024年"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tabDashboard");
        assertThat(tabs().getTabs().get(0).getText()).isEqualTo("总览");

        robot.clickOn(in().lookup("#dashboardQuarter1").queryAs(Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#dashboardTitle").equals("2024年一季度 工作进展总览"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#figureLagging .figure-value")).isEqualTo("23");
        assertThat(lagging().getItems()).hasSize(23);

        ReportItem first = lagging().getItems().get(0);
        robot.doubleClickOn(row(0));
        waitForSelectedItem(first.id());
        assertThat(tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tabWorkList");
        assertThat(text("#itemName")).isEqualTo(first.name());

        robot.clickOn(in().lookup(".tab-label").match((Label l) -> "总览".equals(l.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(row(1)).type(KeyCode.ENTER);
        waitForSelectedItem(secondLagging);
        assertThat(tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tabWorkList");
    }

    /** Looks up nodes in the app's own window only: other tests' windows may linger in the same JVM. */
    private NodeQuery in() {
        return robot.from(stage.getScene().getRoot());
    }

    private String text(String query) {
        return in().lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private TabPane tabs() {
        return in().lookup("#viewTabs").queryAs(TabPane.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<ReportItem> lagging() {
        return in().lookup("#laggingItems").queryAs(TableView.class);
    }

    /** A filled row of the lagging list, scrolled into sight first (the dashboard scrolls as a whole). */
    private Node row(int index) {
        Node row = in().lookup("#laggingItems .table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == index && r.getItem() != null).query();
        robot.interact(() -> {
            javafx.scene.control.ScrollPane view = in().lookup("#dashboardView").queryAs(
                    javafx.scene.control.ScrollPane.class);
            view.setVvalue(view.getVmax());
        });
        return row;
    }

    @SuppressWarnings("unchecked")
    private void waitForSelectedItem(long itemId) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            TreeView<WorkTreeNode> tree = in().lookup("#workTree").queryAs(TreeView.class);
            var selected = tree.getSelectionModel().getSelectedItem();
            return selected != null && selected.getValue().isItem() && selected.getValue().item().id() == itemId;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
