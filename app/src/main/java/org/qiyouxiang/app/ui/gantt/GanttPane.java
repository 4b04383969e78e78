package org.qiyouxiang.app.ui.gantt;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.service.SafeFileWriter;
import org.qiyouxiang.app.ui.Icons;
import org.qiyouxiang.app.ui.task.TaskRunner;
import org.qiyouxiang.db.model.Quarter;

/**
 * The Gantt view with its toolbar: the year shown, zoom from 一年 to 全程, 定位到今天, 导出图片…, 打印…, and how many
 * items the filters let through. The window puts it in its 甘特图 tab and feeds its view model.
 */
public final class GanttPane extends BorderPane {

    /** What the pane needs from the window: its dialogs and the folder the clerk last used. */
    public interface Host {

        /** Tells what went wrong, in the clerk's words (the window's one dialog service). */
        void showError(Throwable error);

        /** Says a file was written, offering to open it. */
        void showExported(Path file, String summary);

        default Optional<Path> lastFolder() {
            return Optional.empty();
        }

        default void rememberFolderOf(Path file) {
        }

        /** Puts a line in the window's status bar. */
        default void say(String text) {
        }
    }

    private final GanttViewModel viewModel;
    private final TaskRunner runner;
    private final Host host;
    private final GanttView view = new GanttView();
    private final Slider zoom = new Slider();

    public GanttPane(GanttViewModel viewModel, TaskRunner runner, Host host) {
        this.viewModel = viewModel;
        this.runner = runner;
        this.host = host;
        getStyleClass().add("gantt-pane");
        view.setId("ganttView");
        view.rowsProperty().bind(viewModel.rowsProperty());
        viewModel.yearProperty().addListener((obs, old, year) -> {
            if (year.intValue() > 0) {
                view.scrollToYear(year.intValue());
            }
        });
        if (viewModel.yearProperty().get() > 0) {
            view.scrollToYear(viewModel.yearProperty().get());
        }
        setTop(toolBar());
        setCenter(view);
    }

    public GanttView view() {
        return view;
    }

    public GanttViewModel viewModel() {
        return viewModel;
    }

    /**
     * 定位到今天: the quarter that holds today in the middle of the chart. When today lies outside the year
     * shown (a past year's list read later), the chart goes to that year's last quarter, at its right edge (or
     * its first, at the left) instead of to quarters with nothing in them, and the status bar says so.
     */
    public void scrollToToday() {
        int year = viewModel.yearProperty().get();
        LocalDate today = view.getToday() == null ? LocalDate.now() : view.getToday();
        if (year <= 0 || today.getYear() == year) {
            view.scrollToToday();
            return;
        }
        Quarter nearest = today.getYear() > year ? new Quarter(year, 4) : new Quarter(year, 1);
        if (nearest.quarter() == 4) {
            view.scrollToQuarterAtEnd(nearest);
        } else {
            view.scrollToQuarter(nearest);
        }
        host.say(Messages.get("gantt.today.outside", today.getYear(), today.getMonthValue(), today.getDayOfMonth(),
                year, Quarters.label(nearest.quarter())));
    }

    private ToolBar toolBar() {
        zoom.setId("ganttZoom");
        zoom.setMin(1);
        zoom.maxProperty().bind(view.yearsProperty().map(y -> (double) y.years()));
        zoom.setMajorTickUnit(1);
        zoom.setMinorTickCount(0);
        zoom.setShowTickMarks(true);
        zoom.setPrefWidth(180);
        zoom.valueProperty().bindBidirectional(view.zoomProperty());
        zoom.setTooltip(new Tooltip(Messages.get("gantt.toolbar.zoomTip")));
        Button oneYear = button("ganttOneYear", Messages.get("gantt.toolbar.oneYear"), null, this::showOneYear);
        Button programme = button("ganttProgramme", Messages.get("gantt.toolbar.programme"), null,
                () -> view.setZoom(view.getYears().years()));
        Label zoomLabel = new Label(Messages.get("gantt.toolbar.zoom"));
        Button today = button("ganttToday", Messages.get("gantt.toolbar.today"),
                Material2OutlinedMZ.TODAY, this::scrollToToday);
        today.setTooltip(new Tooltip(Messages.get("gantt.toolbar.todayTip")));
        Label year = new Label();
        year.setId("ganttYear");
        year.getStyleClass().add("gantt-year");
        year.textProperty().bind(viewModel.yearProperty().map(y -> y.intValue() > 0
                ? Messages.get("gantt.toolbar.year", y.intValue()) : ""));
        year.setTooltip(new Tooltip(Messages.get("gantt.toolbar.yearTip")));
        Button export = button("ganttExport", Messages.get("gantt.toolbar.exportImage"),
                Material2OutlinedAL.IMAGE, this::chooseAndExport);
        Button print = button("ganttPrint", Messages.get("gantt.toolbar.print"),
                Material2OutlinedMZ.PRINT, this::print);
        Label shown = new Label();
        shown.setId("ganttShown");
        shown.getStyleClass().add("gantt-shown");
        shown.textProperty().bind(viewModel.shownCountProperty().map(n ->
                Messages.get("gantt.shown", n.intValue(), viewModel.totalCount())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(year, new Separator(Orientation.VERTICAL), zoomLabel, oneYear, zoom, programme, new Separator(Orientation.VERTICAL), today,
                new Separator(Orientation.VERTICAL), export, print, spacer, shown);
    }

    /** One year wide: the work list's year, the clerk's usual view. */
    private void showOneYear() {
        view.setZoom(1);
        if (viewModel.yearProperty().get() > 0) {
            view.scrollToYear(viewModel.yearProperty().get());
        }
    }

    private static Button button(String id, String text, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button button = icon == null ? new Button(text) : new Button(text, Icons.of(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("gantt.export.title"));
        chooser.setInitialFileName(Messages.get("gantt.export.fileName", viewModel.yearProperty().get()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("gantt.export.png"), "*.png"));
        host.lastFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            Path target = file.toPath();
            if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
                target = target.resolveSibling(target.getFileName() + ".png");
            }
            host.rememberFolderOf(target);
            exportImage(target);
        }
    }

    /** Writes what the chart shows as a PNG picture (twice the screen's pixels), in the background. */
    public void exportImage(Path target) {
        BufferedImage picture = PngFiles.toBufferedImage(view.snapshotChart(2));
        runner.run(Messages.get("gantt.export.title"), progress -> {
            SafeFileWriter.write(target, temporary -> PngFiles.write(picture, temporary));
            return target;
        }, written -> host.showExported(written, Messages.get("gantt.export.done")), host::showError);
    }

    private void print() {
        try {
            GanttPrinter.print(view, getScene().getWindow(), viewModel.titleProperty().get());
        } catch (PrintException e) {
            host.showError(e);
        }
    }
}
