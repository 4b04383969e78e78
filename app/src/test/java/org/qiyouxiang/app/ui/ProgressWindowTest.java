package org.qiyouxiang.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.main.WorkTreeNode;
import org.qiyouxiang.app.ui.progress.ProgressLine;
import org.qiyouxiang.app.ui.progress.TableEntry;
import org.qiyouxiang.db.model.QuarterProgress;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 进展填报 tab of the real window, driven as the clerk would: type into a cell, paste a block from
 * Excel, set a status against the rules with a reason, undo it, search by pinyin, filter to what lags.
 * What the window said was saved is then read from the data folder after the app has closed.
 */
class ProgressWindowTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final RealWindow window = new RealWindow();

    private Stage stage;
    private Path data;
    private List<Long> allItems;

    @Test
    void theClerkFillsInTheQuarterPastesDecidesUndoesSearchesAndFilters() throws Exception {
        start();
        robot.clickOn(in().lookup("#progressQuarter2").queryAs(Node.class));
        long first = itemAt(1);
        long second = itemAt(2);

        // Typing starts the edit; Enter saves and moves down to the next item.
        robot.clickOn(cell("columnDONE_TEXT", 1));
        robot.targetWindow(stage).write("已完成");
        robot.type(KeyCode.ENTER);
        waitForStatus("修改“每千人口拥有3岁以下婴幼儿托位数”二季度完成情况。已保存");
        robot.targetWindow(stage).write("使用率58%");
        robot.type(KeyCode.ENTER);
        waitForStatus("修改“托位使用率”二季度完成情况。已保存");
        assertThat(chip(2)).isEqualTo("建议：滞后");

        // A block copied from Excel: three rows, two columns, one cell with a line break in quotes.
        put("无\t继续推进\r\n\"场地不足\n资金缺口\"\t争取上级资金\r\n部门意见尚未统一\t6月底前报送清单\r\n");
        robot.clickOn(cell("columnPROBLEMS", 3));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        Node preview = dialog("#pastePreview");
        assertThat(robot.from(preview).lookup(".table-row-cell").queryAll().stream()
                .filter(r -> ((javafx.scene.control.TableRow<?>) r).getItem() != null)).hasSize(6);
        robot.clickOn(button(preview, "粘贴"));
        waitForStatus("粘贴 6 个单元格。已保存");

        // The rules propose 已完成 for the first item; the clerk says 推进中 and why.
        robot.doubleClickOn(cell("columnSTATUS", 1));
        robot.clickOn(choice("推进中"));
        Node reason = dialog("#overrideDialog");
        robot.clickOn(robot.from(reason).lookup("#overrideReason").queryAs(TextArea.class));
        robot.write("托位已建成，尚未验收");
        robot.clickOn(button(reason, "确定改判"));
        waitForStatus("修改“每千人口拥有3岁以下婴幼儿托位数”二季度状态。已保存");
        assertThat(chip(1)).isEqualTo("推进中（改判）");

        robot.clickOn(in().lookup("#progressUndo").queryAs(Node.class));
        waitForStatus("已撤销：修改“每千人口拥有3岁以下婴幼儿托位数”二季度状态。已保存");
        assertThat(chip(1)).isEqualTo("建议：已完成");

        // Pinyin initials find the items of 县卫健局; choosing one selects it in the tree as well.
        robot.clickOn(in().lookup("#progressSearch").queryAs(Node.class)).write("wjj");
        WaitForAsyncUtils.waitForFxEvents();
        // Two of them only by another quarter's text, which the count says.
        assertThat(label("#progressCount")).isEqualTo("显示 28 / 91 项（2 项在其他季度找到）");
        robot.clickOn(cell("columnNAME", 2));
        assertThat(treeSelection().item().id()).isEqualTo(second);

        robot.doubleClickOn(in().lookup("#progressSearch").queryAs(Node.class)).eraseText(3);
        robot.clickOn(in().lookup("#filterLagging").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#progressCount")).isEqualTo("显示 1 / 91 项");
        assertThat(((ProgressLine) table().getItems().get(1)).itemId()).isEqualTo(second);

        List<Long> pasted = List.of(itemAtAll(3), itemAtAll(4), itemAtAll(5));
        window.close();
        try (Workspace reopened = Workspace.open(data)) {
            ProgressBook book = reopened.progress().load(2024).orElseThrow();
            assertThat(book.progress(first, 2).doneText()).isEqualTo("已完成");
            assertThat(book.progress(first, 2).status().isNone()).isTrue();
            assertThat(book.progress(second, 2).doneText()).isEqualTo("使用率58%");
            List<QuarterProgress> block = pasted.stream().map(id -> book.progress(id, 2)).toList();
            assertThat(block).extracting(QuarterProgress::problems).containsExactly("无", "场地不足\n资金缺口", "部门意见尚未统一");
            assertThat(block).extracting(QuarterProgress::nextSteps).containsExactly("继续推进", "争取上级资金", "6月底前报送清单");
        }
    }

    @Test
    void theArrowKeysOnlyMoveThroughTheStatusListAndACutOffTextShowsWhole() throws Exception {
        start();
        robot.clickOn(in().lookup("#progressQuarter2").queryAs(Node.class));
        robot.clickOn(cell("columnDONE_TEXT", 3));
        robot.type(KeyCode.TAB).type(KeyCode.F2);
        choice("推进中");
        String before = label("#statusText");

        // Two steps down the list: 已完成, then 推进中. Nothing is saved on the way.
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#statusText")).isEqualTo(before);
        assertThat(findChoice("推进中")).isPresent();

        robot.type(KeyCode.ENTER);
        waitForStatus("修改“" + itemName(3) + "”二季度状态。已保存");
        assertThat(chip(3)).isEqualTo("推进中");
        // A status without 完成情况 is not 未报送 any more, but the row and the footer remind of the missing text.
        assertThat(robot.from(cell("columnSTATUS", 3)).lookup(".flag-chip").queryAs(Label.class))
                .satisfies(flag -> assertThat(flag.isVisible()).isTrue())
                .satisfies(flag -> assertThat(flag.getText()).isEqualTo("缺完成情况"));
        assertThat(counts()).contains("缺完成情况 1");
        assertThat(in().lookup("#progressCounts .label").queryAll().stream().map(n -> (Label) n)
                .filter(l -> l.getText().startsWith("缺完成情况")).findFirst().orElseThrow().getTooltip().getText())
                .startsWith("已有状态，但本季度已结束、完成情况仍为空");

        // The focus stays in the table: Tab goes on to 完成进度 and typing fills it in.
        robot.type(KeyCode.TAB);
        robot.targetWindow(stage).write("60");
        robot.type(KeyCode.ENTER);
        waitForStatus("修改“" + itemName(3) + "”二季度完成进度。已保存");
        // A percentage is no 完成情况: the reminder stays.
        assertThat(counts()).contains("缺完成情况 1");

        // Escape leaves the status as it was.
        robot.clickOn(cell("columnSTATUS", 3));
        robot.type(KeyCode.F2);
        choice("滞后");
        robot.type(KeyCode.DOWN).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chip(3)).isEqualTo("推进中");

        // A milestone longer than a row may grow is cut off; pointing at it shows all of it.
        robot.clickOn(in().lookup("#progressQuarter4").queryAs(Node.class));
        int hospital = rowOf("推进高水平县级医院建设");
        String milestone = ((ProgressLine) table().getItems().get(hospital)).row().milestone();
        TableCell<?, ?> cut = (TableCell<?, ?>) cell("columnMILESTONE", hospital);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cut.getTooltip()).isNotNull();
        assertThat(cut.getTooltip().getText()).isEqualTo(milestone);
        assertThat(((TableCell<?, ?>) cell("columnMILESTONE", 1)).getTooltip()).isNull();
    }

    private int rowOf(String name) {
        List<TableEntry> items = table().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof ProgressLine line && line.row().item().name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(name);
    }

    @Test
    void theClerkReadsWhoChangedTheProgrammeAndOneItem() throws Exception {
        start();
        // Under the table the statuses, 未报送 and 待判断 add up to the 91 items, as 总览 counts them; the
        // reminders after 提醒 count across them.
        List<String> counts = counts();
        assertThat(counts).contains("未报送 76");
        assertThat(counts.subList(counts.size() - 3, counts.size())).containsExactly("提醒：", "缺完成情况 0", "有风险 0");
        assertThat(counts.subList(0, counts.size() - 3).stream()
                .mapToInt(t -> Integer.parseInt(t.substring(t.lastIndexOf(' ') + 1))).sum()).isEqualTo(91);
        robot.clickOn(in().lookup("#progressQuarter2").queryAs(Node.class));
        robot.clickOn(cell("columnDONE_TEXT", 1));
        robot.targetWindow(stage).write("已完成");
        robot.type(KeyCode.ENTER);
        waitForStatus("修改“每千人口拥有3岁以下婴幼儿托位数”二季度完成情况。已保存");
        robot.clickOn(cell("columnPROBLEMS", 1));
        robot.targetWindow(stage).write("场地不足");
        robot.type(KeyCode.ENTER);
        waitForStatus("修改“每千人口拥有3岁以下婴幼儿托位数”二季度存在问题。已保存");

        robot.clickOn(in().lookup("#progressChangeLog").queryAs(Node.class));
        Node programme = dialog("#changeLogTable");
        assertThat(logTexts(programme)).anySatisfy(line -> assertThat(line).contains("每千人口拥有3岁以下婴幼儿托位数")
                .contains("已完成"));
        assertThat(robot.from(programme).lookup("#changeLogFrom").tryQuery()).isPresent();
        robot.interact(() -> ((Stage) programme.getScene().getWindow()).close());

        // The item's own history from its page in 工作清单: only its lines, no day range to choose.
        robot.clickOn(cell("columnNAME", 1));
        robot.clickOn(in().lookup(".tab-label").match((Label l) -> "工作清单".equals(l.getText())).queryAs(Node.class));
        // The item's page has the quarter's problem under what was done, as the report has it.
        assertThat(in().lookup("#itemQuarterDone2 .label").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("已完成", "存在问题：场地不足");
        robot.clickOn(in().lookup("#itemChangeLog").queryAs(Node.class));
        Node item = dialog("#changeLogTable");
        assertThat(((Stage) item.getScene().getWindow()).getTitle()).isEqualTo("修改记录 — 每千人口拥有3岁以下婴幼儿托位数");
        assertThat(robot.from(item).lookup("#changeLogFrom").tryQuery()).isEmpty();
        assertThat(logTexts(item)).isNotEmpty().allSatisfy(line -> assertThat(line)
                .contains("每千人口拥有3岁以下婴幼儿托位数"));
    }

    /** The texts of each row a change-log window shows, once it has loaded. */
    private List<String> logTexts(Node window) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<Object> log = robot.from(window).lookup("#changeLogTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !log.getItems().isEmpty());
        return log.getItems().stream().map(Object::toString).toList();
    }

    private void start() throws Exception {
        data = temp.resolve("数据");
        stage = window.start("--data", data.toString(), "--sample");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> in().lookup("#workTree").tryQuery().isPresent()
                && tree().getRoot() != null && tree().getRoot().getValue().count() > 0
                && in().lookup("#viewTabs").query().isVisible());
        robot.clickOn(in().lookup(".tab-label").match((Label l) -> "进展填报".equals(l.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table().getItems().size() == 99);
        allItems = table().getItems().stream().filter(e -> e instanceof ProgressLine)
                .map(e -> ((ProgressLine) e).itemId()).toList();
    }

    /** Looks up nodes in the app's own window only: other tests' windows may linger in the same JVM. */
    private NodeQuery in() {
        return robot.from(stage.getScene().getRoot());
    }

    /** The dialog over the app's window whose pane has this id, once it shows. */
    private Node dialog(String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> owned().anyMatch(w -> w.getScene().getRoot()
                .lookup(id) != null));
        Window window = owned().filter(w -> w.getScene().getRoot().lookup(id) != null).findFirst().orElseThrow();
        return window.getScene().getRoot();
    }

    private java.util.stream.Stream<Window> owned() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof Stage s && s.getOwner() == stage);
    }

    private Node button(Node dialog, String text) {
        return robot.from(dialog).lookup(".button").match((javafx.scene.control.Button b) -> text.equals(b.getText())).query();
    }

    /** An entry of the status list, which opens in a popup of the app's window. */
    private Node choice(String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findChoice(text).isPresent());
        return findChoice(text).orElseThrow();
    }

    private Optional<Node> findChoice(String text) {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w instanceof javafx.stage.PopupWindow p && p.getOwnerWindow() == stage)
                .flatMap(w -> robot.from(w.getScene().getRoot()).lookup(".list-cell")
                        .match((ListCell<?> c) -> c.getItem() != null && text.equals(c.getItem().toString()))
                        .queryAll().stream())
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    private TableView<TableEntry> table() {
        return in().lookup("#progressTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TreeView<WorkTreeNode> tree() {
        return in().lookup("#workTree").queryAs(TreeView.class);
    }

    private WorkTreeNode treeSelection() {
        return tree().getSelectionModel().getSelectedItem().getValue();
    }

    private List<String> counts() {
        WaitForAsyncUtils.waitForFxEvents();
        return in().lookup("#progressCounts").queryAs(javafx.scene.layout.HBox.class).getChildren()
                .stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }

    private String itemName(int row) {
        return ((ProgressLine) table().getItems().get(row)).row().item().name();
    }

    private long itemAt(int row) {
        return ((ProgressLine) table().getItems().get(row)).itemId();
    }

    /** The item shown at a row of the unfiltered table (row 0 is the first area's heading). */
    private long itemAtAll(int row) {
        return allItems.get(row - 1);
    }

    private Node cell(String columnId, int row) {
        robot.interact(() -> table().scrollTo(Math.max(0, row - 1)));
        return in().lookup(".table-cell").match((TableCell<?, ?> c) -> c.getTableColumn() != null
                && columnId.equals(c.getTableColumn().getId()) && c.getIndex() == row).query();
    }

    /** The status chip's text of a row. */
    private String chip(int row) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(cell("columnSTATUS", row)).lookup(".status-chip").queryAs(Label.class).getText();
    }

    private String label(String id) {
        return in().lookup(id).queryAs(Label.class).getText();
    }

    private void waitForStatus(String start) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> label("#statusText").startsWith(start));
    }

    private static void put(String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }).get();
    }
}
