package org.qiyouxiang.app.ui.gantt;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.ui.gantt.bench.SyntheticProgramme;
import org.qiyouxiang.app.ui.task.SameThreadTaskRunner;
import org.qiyouxiang.db.model.WorkList;

/**
 * Shows the Gantt pane with the 2024 sample and made-up statuses, to look at it (under Xvfb for
 * screenshots). Arguments: {@code zoom=1} {@code today=2024-08-15} {@code lagging=7} {@code size=10000}
 * (a generated programme instead of the sample), {@code export=out.png}.
 */
public final class GanttDemo {

    private GanttDemo() {
    }

    /** The demo window; a separate class, so that the launcher's main does not extend Application. */
    public static final class Window extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        var args = getParameters().getNamed();
        LocalDate today = LocalDate.parse(args.getOrDefault("today", "2024-08-15"));
        int size = Integer.parseInt(args.getOrDefault("size", "0"));
        WorkList list = size > 0 ? SyntheticProgramme.workList(size, 42) : GanttSamples.workList2024();
        GanttViewModel viewModel = new GanttViewModel();
        GanttPane pane = new GanttPane(viewModel, new SameThreadTaskRunner(), new GanttPane.Host() {
            @Override
            public void showError(Throwable error) {
                error.printStackTrace(System.err);
            }

            @Override
            public void showExported(Path file, String summary) {
                System.out.println(summary + ": " + file);
            }
        });
        pane.view().setToday(today);
        pane.view().setZoom(Double.parseDouble(args.getOrDefault("zoom", "1")));
        viewModel.load(list, size > 0 ? SyntheticProgramme.facts(list.year(), today)
                : new DemoFacts(list.year(), today, Integer.parseInt(args.getOrDefault("lagging", "7"))));
        Scene scene = new Scene(pane, 1600, 1000);
        scene.getStylesheets().add(GanttDemo.class.getResource("/org/qiyouxiang/app/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("甘特图");
        stage.show();
        String export = args.get("export");
        if (export != null) {
            Platform.runLater(() -> Platform.runLater(() -> pane.exportImage(Path.of(export))));
        }
    }

    }

    public static void main(String[] args) {
        Locale.setDefault(Messages.locale());
        Application.launch(Window.class, args);
    }
}
