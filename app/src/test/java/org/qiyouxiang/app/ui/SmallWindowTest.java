package org.qiyouxiang.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at its smallest (900 × 600, a small office laptop): every tab's view fits inside it, so that
 * nothing the clerk needs is cut off at the right or the bottom with no way to scroll to it.
 */
class SmallWindowTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final RealWindow window = new RealWindow();

    private Stage stage;

    @Test
    void everyViewFitsTheSmallestWindow() throws Exception {
        TabPane tabs = start(900, 600);
        assertThat(stage.getWidth()).as("the window's smallest").isEqualTo(stage.getMinWidth());
        List<String> outside = new ArrayList<>();
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            Node view = tabs.getSelectionModel().getSelectedItem().getContent();
            String tab = tabs.getTabs().get(index).getText();
            robot.interact(() -> outside.addAll(outside(tab, view, stage.getScene().getWidth(),
                    stage.getScene().getHeight())));
        }
        assertThat(outside).isEmpty();
        // 总览's cards are narrow here: a cut line shows whole when pointed at.
        javafx.scene.control.Label rate = robot.from(stage.getScene().getRoot()).lookup("#figureRate .figure-detail")
                .queryAs(javafx.scene.control.Label.class);
        assertThat(rate.getTooltip().getText()).isEqualTo(rate.getText()).endsWith("项待判断");

        // 进展填报's columns do not fit: the table scrolls sideways to 责任人, also when the window is made
        // smaller while the table shows.
        robot.interact(() -> {
            stage.setWidth(1280);
            tabs.getSelectionModel().select(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.setWidth(stage.getMinWidth()));
        WaitForAsyncUtils.waitForFxEvents();
        Node table = robot.from(stage.getScene().getRoot()).lookup("#progressTable").query();
        assertThat(sidewaysBars(table)).contains(true);
    }

    @Test
    void theProgressToolbarKeepsToOneLineInTheUsualWindow() throws Exception {
        TabPane tabs = start(1280, 800);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        Node search = robot.from(stage.getScene().getRoot()).lookup("#progressSearch").query();
        Node log = robot.from(stage.getScene().getRoot()).lookup("#progressChangeLog").query();
        double[] rows = new double[2];
        robot.interact(() -> {
            rows[0] = search.localToScene(search.getLayoutBounds()).getCenterY();
            rows[1] = log.localToScene(log.getLayoutBounds()).getCenterY();
        });
        assertThat(rows[1]).as("修改记录 beside the search").isCloseTo(rows[0], org.assertj.core.data.Offset.offset(4.0));
        // And a table that fits its columns has no sideways scroll bar.
        Node table = robot.from(stage.getScene().getRoot()).lookup("#progressTable").query();
        assertThat(sidewaysBars(table)).doesNotContain(true);
    }

    /** The window on the sample data, at this size; its tabs. */
    private TabPane start(double width, double height) throws Exception {
        stage = window.start("--data", temp.resolve("数据 窗口").toString(), "--sample");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.from(stage.getScene().getRoot())
                .lookup("#workTree").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        return robot.from(stage.getScene().getRoot()).lookup("#viewTabs").queryAs(TabPane.class);
    }

    /** Whether each horizontal scroll bar of the table shows. */
    private List<Boolean> sidewaysBars(Node table) {
        return robot.from(table).lookup(".scroll-bar").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollBar bar
                        && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .map(Node::isVisible).toList();
    }

    /** The view's controls whose right or bottom edge lies outside the window. */
    private static List<String> outside(String tab, Node node, double width, double height) {
        List<String> found = new ArrayList<>();
        if (!node.isVisible()) {
            return found;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getMaxX() > width + 1 || b.getMaxY() > height + 1) {
            found.add(tab + ": " + describe(node) + " reaches " + Math.round(b.getMaxX()) + " × " + Math.round(b.getMaxY()));
            return found;
        }
        if (node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(outside(tab, child, width, height));
            }
        }
        return found;
    }

    private static String describe(Node node) {
        String text = node instanceof javafx.scene.control.Labeled l ? " “" + l.getText() + "”" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text;
    }
}
