package org.qiyouxiang.app.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.qiyouxiang.app.ClassArchive;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.progress.StatusPalette;
import org.qiyouxiang.app.ui.bench.FrameMarkers;
import org.qiyouxiang.app.ui.main.FxInteraction;
import org.qiyouxiang.app.ui.main.MainViewModel;
import org.qiyouxiang.app.ui.main.MainWindow;
import org.qiyouxiang.app.ui.progress.FxProgressInteraction;
import org.qiyouxiang.app.ui.progress.ProgressViewModel;
import org.qiyouxiang.app.ui.task.FxTaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app: the window shows at once, the data folder opens and loads in the background.
 * Started by {@code Launcher} without a command.
 */
public class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    private static volatile int exitCode;
    /** After the filled window: the hidden views are made and the clerk's first look is not slowed. */
    private static final long CLASS_ARCHIVE_DELAY_MS = 5_000;

    private MainViewModel viewModel;
    private Stage stage;

    /** Starts the window and returns the exit code once it is closed. */
    public static int launchWith(String[] args) {
        // JavaFX's own words (取消, 复制, 粘贴 …) follow the default locale: the clerk reads Chinese.
        Locale.setDefault(Messages.locale());
        Application.launch(DesktopApp.class, args);
        return exitCode;
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        Icons.preload();
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FxInteraction interaction = new FxInteraction(() -> stage, this::open);
        if (options.exitWhenLoaded()) {
            interaction.sendErrorsTo(error -> {
                LOG.error("start failed", error);
                exitCode = 1;
                Platform.exit();
            });
        }
        UnexpectedErrors.catchOnThisThread(interaction::showError);
        viewModel = new MainViewModel(options.dataFolder(), new FxTaskRunner(), interaction);
        ProgressViewModel progress = new ProgressViewModel(viewModel,
                new FxProgressInteraction(() -> stage, interaction::showError));
        MainWindow window = new MainWindow(viewModel, progress, this::open);
        Scene scene = new Scene(window.root(), 1280, 800);
        // The status colours first, so that the app's stylesheet can use their variables.
        scene.getStylesheets().add(StatusPalette.cssDataUri());
        scene.getStylesheets().add(DesktopApp.class.getResource("/org/qiyouxiang/app/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        SingleWindow.listen(options.dataFolder(), () -> Platform.runLater(() -> {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }));
        if (FrameMarkers.enabled()) {
            Frames.afterNextFrame(scene, () -> FrameMarkers.print(FrameMarkers.FIRST_FRAME));
        }
        // The data folder is opened and read once the empty window is drawn (or was opened meanwhile, EarlyOpen):
        // the window comes first, then the data.
        Runnable whenShown = () -> window.whenFilled(() -> Frames.afterNextFrame(scene, () -> filled(scene, window,
                options)));
        Frames.afterNextFrame(scene, () -> viewModel.start(options.sample(), whenShown));
    }

    /** The frame with the data is drawn: the benchmark's marker, and what the bench options ask for. */
    private void filled(Scene scene, MainWindow window, AppOptions options) {
        if (FrameMarkers.enabled()) {
            FrameMarkers.print(FrameMarkers.FILLED_FRAME);
        }
        if (Boolean.getBoolean("qiyouxiang.benchMemory")) {
            openEveryView(scene);
            return;
        }
        if (options.exitWhenLoaded()) {
            // The views made after the first screen are made too: the installer's class list and the
            // benchmark's class-data archive are recorded by such a run.
            window.buildHiddenViews();
            exitLoaded();
        } else if (viewModel.startedWithData()) {
            makeClassArchiveSoon();
        }
    }

    /**
     * An installed app without its class-data archive (Windows after installing or upgrading) writes one a few
     * seconds after the window is ready, from what a start on the clerk's data loaded; the next start maps it
     * (ADR 0006). A first start, which imports the sample, is not recorded: its import classes would make every
     * later start's archive larger.
     */
    private static void makeClassArchiveSoon() {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(CLASS_ARCHIVE_DELAY_MS);
                ClassArchive.wantedHere().ifPresent(ClassArchive::make);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "qiyouxiang-class-archive");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** For the memory benchmark: every view opened once, given time to load, then the figures and exit. */
    private void openEveryView(Scene scene) {
        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) scene.lookup("#viewTabs");
        if (tabs != null) {
            tabs.getTabs().forEach(tab -> tabs.getSelectionModel().select(tab));
        }
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(8));
        settle.setOnFinished(e -> {
            FrameMarkers.printMemory();
            exitLoaded();
        });
        settle.play();
    }

    private void exitLoaded() {
        LOG.info("loaded; exiting as asked");
        Platform.exit();
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.close();
        }
    }

    /** Opens a file or folder with the system's program (Excel, WPS, the file manager). */
    private void open(Path path) {
        getHostServices().showDocument(path.toAbsolutePath().toUri().toString());
    }
}
