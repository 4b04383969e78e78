package org.qiyouxiang.app.ui.gantt;

import org.qiyouxiang.app.core.progress.StatusPalette;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.gantt.BarGeometry;
import org.qiyouxiang.app.core.gantt.GanttBar;
import org.qiyouxiang.app.core.gantt.GanttFilters;
import org.qiyouxiang.app.core.gantt.GanttRow;
import org.qiyouxiang.app.core.gantt.GroupKey;
import org.qiyouxiang.app.core.gantt.RowLayout;
import org.qiyouxiang.app.ui.task.SameThreadTaskRunner;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.WorkList;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Gantt pane on a stage with the office's 2024 list and made-up progress, driven with the mouse. */
class GanttPaneTest {

    static final LocalDate TODAY = LocalDate.of(2024, 8, 15);
    private static final WorkList SAMPLE = GanttSamples.workList2024();

    @TempDir
    Path temp;

    final FxRobot robot = new FxRobot();
    final List<ProgressRequest> opened = new ArrayList<>();
    final List<String> exported = new ArrayList<>();
    final List<String> said = new ArrayList<>();
    GanttViewModel viewModel;
    GanttPane pane;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            viewModel = new GanttViewModel();
            pane = new GanttPane(viewModel, new SameThreadTaskRunner(), new GanttPane.Host() {
                @Override
                public void showError(Throwable error) {
                    throw new AssertionError(error);
                }

                @Override
                public void showExported(Path file, String summary) {
                    exported.add(summary + " " + file.getFileName());
                }

                @Override
                public void say(String text) {
                    said.add(text);
                }
            });
            pane.view().setToday(TODAY);
            pane.view().setOnOpenProgress(opened::add);
            viewModel.load(SAMPLE, new DemoFacts(2024, TODAY, 7));
            // Monocle's headless screen is 1280 x 800; a larger window overflows its frame buffer.
            Scene scene = new Scene(pane, 1260, 780);
            scene.getStylesheets().add(getClass().getResource("/org/qiyouxiang/app/ui/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theSampleShowsItsNinetyOneItemsAndTheNurseryIndicatorSpansAllOf2024() {
        RowLayout layout = skin().layout();
        int row = rowOf("幼有善育", ItemKind.KEY_INDICATOR, "1");
        GanttBar bar = ((GanttRow.Line) layout.row(row)).line().bars().get(0);

        assertThat(layout.rows()).filteredOn(r -> r instanceof GanttRow.Line l && l.isFirst()).hasSize(91);
        assertThat(robot.lookup("#ganttShown").queryAs(Label.class).getText()).isEqualTo("显示 91 项，共 91 项");
        assertThat(bar.from()).isEqualTo(new Quarter(2024, 1));
        assertThat(bar.to()).isEqualTo(new Quarter(2024, 4));
        // Drawn: one bar over the four quarters, coloured by each quarter's status.
        assertThat(colourAt(row, new Quarter(2024, 1))).isEqualTo(Color.web(StatusPalette.Tone.DONE.background()));
        assertThat(colourAt(row, new Quarter(2024, 2))).isEqualTo(Color.web(StatusPalette.Tone.DONE.background()));
        assertThat(colourAt(row, new Quarter(2024, 3))).isEqualTo(Color.web(StatusPalette.Tone.ON_TRACK.background()));
        assertThat(colourAt(row, new Quarter(2024, 4))).isEqualTo(Color.web(StatusPalette.Tone.NOT_DUE.background()));
    }

    @Test
    void zoomRunsFromOneYearWithTextToTheWholeProgrammeWithout() {
        robot.clickOn("#ganttProgramme");
        WaitForAsyncUtils.waitForFxEvents();
        double chart = pane.view().getWidth() - 2 - skin().columns().width() - 16;

        assertThat(pane.view().getZoom()).isEqualTo(5.0);
        assertThat(skin().scale().quarterWidth() * 20).isCloseTo(chart, within(12.0));
        assertThat(skin().scale().showsBarText()).isFalse();
        assertThat(pane.view().getScrollX()).isZero();

        robot.clickOn("#ganttOneYear");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.view().getZoom()).isEqualTo(1.0);
        assertThat(skin().scale().showsBarText()).isTrue();
        assertThat(skin().scale().showsMonthGrid()).isTrue();
        assertThat(pane.view().getScrollX()).isEqualTo(skin().scale().x(new Quarter(2024, 1)));
    }

    @Test
    void theWheelScrollsTheRowsAndTheLeftColumnsWithThem() {
        scrollToRow(40);
        double start = pane.view().getScrollY();
        robot.moveTo(skin().screenPoint(40, new Quarter(2024, 2)));
        robot.scroll(5, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        double down = pane.view().getScrollY();
        robot.scroll(5, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();

        // Monocle reports a wheel notch as one pixel, and its sense opposite to a desktop's: ask only for movement.
        assertThat(Math.abs(down - start)).isEqualTo(5 * 1.5);
        assertThat(pane.view().getScrollY()).isEqualTo(start);
        assertThat(skin().layout().indexAt(pane.view().getScrollY())).isPositive();

        pane.view().setScrollY(1e9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.view().getScrollY())
                .isCloseTo(skin().layout().totalHeight() - skin().bodyHeight(), within(0.5));
    }

    @Test
    void theWindowsLaggingFilterLeavesTheLaggingItems() {
        robot.interact(() -> viewModel.filterProperty().set(GanttFilters.lagging()));
        WaitForAsyncUtils.waitForFxEvents();

        List<GanttRow> lines = skin().layout().rows().stream().filter(r -> r instanceof GanttRow.Line).toList();
        assertThat(lines).isNotEmpty().allMatch(r -> ((GanttRow.Line) r).item().lagging());
        assertThat(robot.lookup("#ganttShown").queryAs(Label.class).getText()).isEqualTo("显示 13 项，共 91 项");
        int lagging = rowOf("幼有善育", ItemKind.KEY_INDICATOR, "3");
        scrollToRow(lagging);
        assertThat(colourAt(lagging, new Quarter(2024, 2))).isEqualTo(Color.web(StatusPalette.Tone.LAGGING.tint()));
    }

    @Test
    void nothingMatchingLeavesTheAxisAndSaysSo() {
        robot.interact(() -> viewModel.searchTextProperty().set("没有这样的事项"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(skin().layout().size()).isZero();
        assertThat(robot.lookup("#ganttShown").queryAs(Label.class).getText()).isEqualTo("显示 0 项，共 91 项");
        assertThat(pane.view().getScrollY()).isZero();
        WritableImage[] picture = new WritableImage[1];
        robot.interact(() -> picture[0] = pane.view().snapshotChart(1));
        GanttShots.keep(picture[0], "empty.png");
    }

    @Test
    void hoveringABarShowsItsMilestoneStatusAndProgress() throws Exception {
        int row = rowOf("幼有善育", ItemKind.KEY_TASK, "1");
        robot.moveTo(skin().screenPoint(row, new Quarter(2024, 2)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> skin().tooltip().tooltip().isShowing());

        assertThat(skin().tooltip().tooltip().getText()).isEqualTo(String.join("\n",
                "1  推进普惠托育服务体系建设",
                "工作时序（二季度）：加强部门协同，扩大多方参与、多种形式的普惠托育服务供给。",
                "2024年二季度：已完成",
                "完成情况：已按计划完成本季度工作。",
                "双击可填写本季度进展"));
    }

    /** The demo's facts, except 幼有善育 重点任务 1, whose first quarter ended with nothing reported. */
    private void loadWithNurseryFirstQuarterNotReported() throws Exception {
        DemoFacts demo = new DemoFacts(2024, TODAY, 7);
        long nursery = SAMPLE.items().stream().filter(i -> i.area().equals("幼有善育") && i.kind() == ItemKind.KEY_TASK
                && i.number().equals("1")).findFirst().orElseThrow().id();
        WaitForAsyncUtils.asyncFx(() -> viewModel.load(SAMPLE, (id, quarter) -> id == nursery && quarter == 1
                ? new org.qiyouxiang.app.core.gantt.QuarterFacts(null, null, null, true) : demo.facts(id, quarter)))
                .get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aQuarterEndedWithNothingReportedIsDrawnAsNotReportedNotAsNotDue() throws Exception {
        // As the progress table has it: the first quarter ended and nobody reported, so nobody judged.
        loadWithNurseryFirstQuarterNotReported();
        int row = rowOf("幼有善育", ItemKind.KEY_TASK, "1");

        assertThat(colourAt(row, new Quarter(2024, 1))).isEqualTo(Color.web(StatusPalette.Tone.UNDECIDED.background()));
        assertThat(colourAt(row, new Quarter(2024, 1))).isNotEqualTo(Color.web(StatusPalette.Tone.NOT_DUE.background()));
        robot.moveTo(skin().screenPoint(row, new Quarter(2024, 1)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> skin().tooltip().tooltip().isShowing());
        assertThat(skin().tooltip().tooltip().getText()).contains("2024年一季度：未报送");
    }

    @Test
    void aLaggingBarIsClearlyRedBesideANotReportedOneOnScreenAndInGrey() throws Exception {
        loadWithNurseryFirstQuarterNotReported();
        int laggingRow = rowOf("幼有善育", ItemKind.KEY_INDICATOR, "3");
        scrollToRow(laggingRow);
        Color lagging = colourAt(laggingRow, new Quarter(2024, 2));
        int unreportedRow = rowOf("幼有善育", ItemKind.KEY_TASK, "1");
        scrollToRow(unreportedRow);
        Color notReported = colourAt(unreportedRow, new Quarter(2024, 1));

        assertThat(lagging.getRed() - lagging.getGreen()).as("red-toned").isGreaterThan(0.25);
        assertThat(grey(notReported) - grey(lagging)).as("apart in grey").isGreaterThan(0.2);
    }

    /** The grey a colour prints as. */
    static double grey(Color colour) {
        return colour.grayscale().getRed();
    }

    @Test
    void aClickSelectsTheItemAndADoubleClickAsksForTheQuartersProgress() {
        int row = rowOf("学有优教", ItemKind.KEY_INDICATOR, "1");
        GanttRow.Line line = (GanttRow.Line) skin().layout().row(row);
        scrollToRow(row);

        robot.clickOn(skin().screenPoint(row, 120));
        assertThat(pane.view().getSelectedItem()).isSameAs(line.item().item());

        robot.doubleClickOn(skin().screenPoint(row, new Quarter(2024, 3)));
        assertThat(opened).containsExactly(new ProgressRequest(line.item().item(), new Quarter(2024, 3)));

        robot.doubleClickOn(skin().screenPoint(row, new Quarter(2025, 1)));
        assertThat(opened).hasSize(1);
    }

    @Test
    void aClickOnAnAreaHeadingFoldsItAway() {
        int before = skin().layout().size();

        robot.clickOn(skin().screenPoint(0, 60));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.view().getCollapsedGroups()).containsExactly(GroupKey.area("幼有善育"));
        assertThat(skin().layout().size()).isEqualTo(before - 12);
    }

    @Test
    void selectingAnItemElsewhereScrollsItIntoView() {
        GanttRow.Line last = (GanttRow.Line) skin().layout().row(skin().layout().size() - 1);

        robot.interact(() -> pane.view().setSelectedItem(last.item().item()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.view().getScrollY()).isPositive();
        assertThat(skin().layout().indexAt(pane.view().getScrollY() + skin().bodyHeight() - 1))
                .isEqualTo(skin().layout().size() - 1);
    }

    @Test
    void goingToTodayCentresTheCurrentQuarter() {
        robot.interact(() -> pane.view().setToday(LocalDate.of(2024, 5, 20)));
        robot.clickOn("#ganttProgramme");
        robot.interact(() -> pane.view().setZoom(2));
        robot.clickOn("#ganttToday");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(centreQuarter()).contains(new Quarter(2024, 2));
        assertThat(said).isEmpty();
    }

    @Test
    void goingToTodayInALaterYearShowsTheListsLastQuarterAndSaysSo() {
        robot.interact(() -> pane.view().setToday(LocalDate.of(2026, 11, 23)));
        robot.clickOn("#ganttToday");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(skin().visibleQuarters()).containsExactly(new Quarter(2024, 1), new Quarter(2024, 4));
        assertThat(said).containsExactly("今天（2026年11月23日）不在2024年工作清单的时间内：已定位到2024年四季度。");

        // At 全程 nothing moves; zooming back in still lands on the list's year, not on the empty middle.
        robot.clickOn("#ganttProgramme");
        robot.clickOn("#ganttToday");
        robot.interact(() -> pane.view().setZoom(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(skin().visibleQuarters()).containsExactly(new Quarter(2024, 1), new Quarter(2024, 4));
    }

    @Test
    void zoomingOutToTheWholeProgrammeAndBackReturnsToTheYearBeingRead() {
        robot.interact(() -> pane.view().setZoom(2));
        robot.interact(() -> pane.view().setZoom(5));
        robot.interact(() -> pane.view().setZoom(1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(skin().visibleQuarters()).containsExactly(new Quarter(2024, 1), new Quarter(2024, 4));
    }

    @Test
    void zoomingKeepsTheQuarterInTheMiddleInTheMiddle() {
        robot.interact(() -> pane.view().setZoom(2));
        robot.interact(() -> pane.view().setScrollX(skin().scale().x(new Quarter(2025, 1))));
        WaitForAsyncUtils.waitForFxEvents();
        Quarter middle = centreQuarter().orElseThrow();

        robot.interact(() -> pane.view().setZoom(1.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(centreQuarter()).contains(middle);
        robot.interact(() -> pane.view().setZoom(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(centreQuarter()).contains(middle);
    }

    @Test
    void theToolbarSaysWhichYearsListIsShown() {
        assertThat(robot.lookup("#ganttYear").queryAs(Label.class).getText()).isEqualTo("2024年工作清单");
    }

    java.util.Optional<Quarter> centreQuarter() {
        double chart = pane.view().getWidth() - 2 - skin().columns().width() - 16;
        return skin().scale().quarterAt(pane.view().getScrollX() + chart / 2);
    }

    @Test
    void thePictureIsWhatTheChartShowsAtTwiceItsPixels() throws Exception {
        Path file = temp.resolve("挂图.png");

        robot.interact(() -> pane.exportImage(file));

        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(file.toFile());
        assertThat(picture.getWidth()).isEqualTo((int) Math.ceil(skin().frame().width() * 2));
        assertThat(exported).containsExactly("已导出图片 挂图.png");
        GanttShots.keep(file, "export-one-year.png");
    }

    @Test
    void printedPagesRepeatTheAxisAndTheColumnsAndSayWhichPageOfHowMany() {
        GanttPages[] pages = new GanttPages[1];
        // A4 landscape with the default margins leaves about 770 x 523 pt.
        robot.interact(() -> pages[0] = GanttPrinter.pages(skin(), pane.view(), 770, 523,
                "2024年公共服务“七优享”工程工作清单"));

        int count = pages[0].count();
        assertThat(count).isGreaterThan(5);
        assertThat(pages[0].split().get(0).firstRow()).isZero();
        assertThat(pages[0].split().get(count - 1).lastRow()).isEqualTo(pages[0].layout().size() - 1);
        for (int i = 0; i < count; i++) {
            int index = i;
            boolean look = i < 2 || i == count - 1;
            javafx.scene.Node[] page = new javafx.scene.Node[1];
            WritableImage[] picture = new WritableImage[1];
            robot.interact(() -> {
                page[0] = pages[0].page(index);
                if (look) {
                    javafx.scene.SnapshotParameters twice = new javafx.scene.SnapshotParameters();
                    twice.setTransform(javafx.scene.transform.Transform.scale(2, 2));
                    picture[0] = page[0].snapshot(twice, null);
                }
            });
            assertThat(page[0].getLayoutBounds().getWidth()).isEqualTo(770.0);
            assertThat(((javafx.scene.Parent) page[0]).getChildrenUnmodifiable())
                    .filteredOn(n -> n instanceof javafx.scene.text.Text)
                    .extracting(n -> ((javafx.scene.text.Text) n).getText())
                    .contains("第 " + (i + 1) + " 页 共 " + count + " 页");
            if (look) {
                assertThat(picture[0].getWidth()).isEqualTo(1540.0);
                GanttShots.keep(picture[0], "print-page-" + (i + 1) + ".png");
            }
        }
    }

    void scrollToRow(int row) {
        robot.interact(() -> pane.view().setScrollY(skin().layout().top(row) - 40));
        WaitForAsyncUtils.waitForFxEvents();
    }

    int rowOf(String area, ItemKind kind, String number) {
        RowLayout layout = skin().layout();
        for (int i = 0; i < layout.size(); i++) {
            if (layout.row(i) instanceof GanttRow.Line line && line.isFirst() && line.item().item().area().equals(area)
                    && line.item().item().kind() == kind && number.equals(line.item().item().number())) {
                return i;
            }
        }
        throw new AssertionError("no row " + area + " " + kind + " " + number);
    }

    /** The colour drawn just under a bar's top edge in the middle of a row's quarter: its fill, above its text. */
    Color colourAt(int row, Quarter quarter) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = pane.view().snapshot(null, null));
        Point2D middle = pane.view().screenToLocal(skin().screenPoint(row, quarter));
        double y = middle.getY() - skin().layout().height(row) / 2 + BarGeometry.ROW_PAD_Y + 3;
        return image[0].getPixelReader().getColor((int) middle.getX(), (int) y);
    }

    GanttViewSkin skin() {
        return (GanttViewSkin) pane.view().getSkin();
    }
}
