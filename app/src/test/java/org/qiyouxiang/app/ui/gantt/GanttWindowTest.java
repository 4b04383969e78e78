package org.qiyouxiang.app.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.gantt.GanttRow;
import org.qiyouxiang.app.ui.RealWindow;
import org.qiyouxiang.app.ui.progress.ProgressLine;
import org.qiyouxiang.app.ui.progress.TableEntry;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.Quarter;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/** The 甘特图 tab of the real window with the sample: a bar's quarter opens where its tooltip says. */
class GanttWindowTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final RealWindow window = new RealWindow();

    private Stage stage;

    @Test
    void doubleClickingABarsQuarterOpensItInTheProgressTableReadyToType() throws Exception {
        stage = window.start("--data", temp.resolve("data").toString(), "--sample");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> in().lookup("#viewTabs").tryQuery()
                .map(Node::isVisible).orElse(false));
        robot.clickOn(in().lookup(".tab-label").match((Label l) -> "甘特图".equals(l.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> skin() != null && skin().layout().size() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        int row = rowOf("学有优教", ItemKind.KEY_TASK, "2");
        robot.interact(() -> view().setScrollY(skin().layout().top(row) - 40));
        WaitForAsyncUtils.waitForFxEvents();
        long itemId = ((GanttRow.Line) skin().layout().row(row)).item().item().id();

        robot.doubleClickOn(skin().screenPoint(row, new Quarter(2024, 3)));
        // 进展填报 reads the year when its tab first shows: give a loaded machine time.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> focusedItem() != null && focusedItem() == itemId);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tabProgress");
        assertThat(in().lookup("#progressQuarter3").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(table().getFocusModel().getFocusedCell().getTableColumn().getId()).isEqualTo("columnDONE_TEXT");
        assertThat(table().isFocused()).isTrue();

        // The cursor is where the tooltip promised: typing fills in that quarter's 完成情况.
        robot.targetWindow(stage).write("已开工");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> in().lookup("#statusText").queryAs(Label.class)
                .getText().contains("三季度完成情况。已保存"));
    }

    private NodeQuery in() {
        return robot.from(stage.getScene().getRoot());
    }

    private TabPane tabs() {
        return in().lookup("#viewTabs").queryAs(TabPane.class);
    }

    private GanttView view() {
        return in().lookup("#ganttView").queryAs(GanttView.class);
    }

    private GanttViewSkin skin() {
        return in().lookup("#ganttView").tryQueryAs(GanttView.class)
                .map(v -> v.getSkin() instanceof GanttViewSkin s ? s : null).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private TableView<TableEntry> table() {
        return in().lookup("#progressTable").queryAs(TableView.class);
    }

    private Long focusedItem() {
        if (in().lookup("#progressTable").tryQuery().isEmpty()) {
            return null;
        }
        TablePosition<TableEntry, ?> cell = table().getFocusModel().getFocusedCell();
        return cell != null && cell.getRow() >= 0 && cell.getRow() < table().getItems().size()
                && table().getItems().get(cell.getRow()) instanceof ProgressLine line ? line.itemId() : null;
    }

    private int rowOf(String area, ItemKind kind, String number) {
        for (int i = 0; i < skin().layout().size(); i++) {
            if (skin().layout().row(i) instanceof GanttRow.Line line && line.isFirst()
                    && line.item().item().area().equals(area) && line.item().item().kind() == kind
                    && number.equals(line.item().item().number())) {
                return i;
            }
        }
        throw new AssertionError("no row " + area + " " + kind + " " + number);
    }
}
