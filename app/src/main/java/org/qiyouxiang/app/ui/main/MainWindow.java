package org.qiyouxiang.app.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.ui.Frames;
import org.qiyouxiang.app.ui.Icons;
import org.qiyouxiang.app.ui.dashboard.DashboardView;
import org.qiyouxiang.app.ui.dashboard.DashboardViewModel;
import org.qiyouxiang.app.ui.gantt.ProgressRequest;
import org.qiyouxiang.app.ui.indicators.IndicatorTableView;
import org.qiyouxiang.app.ui.indicators.IndicatorsViewModel;
import org.qiyouxiang.app.ui.progress.ChangeLogViewModel;
import org.qiyouxiang.app.ui.progress.ChangeLogWindow;
import org.qiyouxiang.app.ui.progress.ItemQuarters;
import org.qiyouxiang.app.ui.progress.ProgressView;
import org.qiyouxiang.app.ui.progress.ProgressViewModel;
import org.qiyouxiang.db.model.WorkItem;

/** The main window: menus and toolbar ({@link WindowCommands}), the tabs, the welcome pane, the status bar. */
public final class MainWindow {

    private final MainViewModel viewModel;
    private final ProgressViewModel progress;
    private final BorderPane root = new BorderPane();
    private final Consumer<Path> open;
    private final WindowCommands commands;
    private DashboardViewModel dashboard;
    private List<LazyTab> hiddenViews = List.of();

    /** @param open opens a file or folder with the system's program (Excel, WPS, the file manager) */
    public MainWindow(MainViewModel viewModel, ProgressViewModel progress, Consumer<Path> open) {
        this.viewModel = viewModel;
        this.progress = progress;
        this.open = open;
        this.commands = new WindowCommands(viewModel, open, this::window);
        root.getStyleClass().add("main-window");
        // The views before the toolbar: their first part has no icon, so the icon font (Icons.preload)
        // has loaded by the time one is needed.
        Node center = center();
        root.setTop(new VBox(commands.menuBar(), commands.toolBar()));
        root.setCenter(center);
        root.setBottom(statusBar());
        buildHiddenViewsOnceShown();
    }

    public Parent root() {
        return root;
    }

    private Node center() {
        Node work = views();
        WelcomePane welcome = new WelcomePane(commands::chooseAndImport, viewModel::loadSample);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);
        Label failed = new Label(Messages.get("window.failed"));
        failed.getStyleClass().add("placeholder");
        StackPane center = new StackPane();
        // Each screen joins once and stays; switching shows one and hides the others, so the work views
        // are never taken out of the window and styled again.
        Runnable update = () -> {
            Node shown = switch (viewModel.screenProperty().get()) {
                case LOADING -> loading;
                case WELCOME -> welcome;
                case WORK -> work;
                case FAILED -> failed;
            };
            if (!center.getChildren().contains(shown)) {
                center.getChildren().add(shown);
            }
            center.getChildren().forEach(child -> child.setVisible(child == shown));
        };
        viewModel.screenProperty().addListener((obs, old, screen) -> update.run());
        update.run();
        styleWhileLoading(center, work);
        return center;
    }

    /**
     * Once the empty window is on screen, the work views go beneath the loading indicator, hidden: their
     * styles and first layout (more than half a second, cold) are done while the data folder opens on the
     * other thread, and the frame that shows the data only fills them (docs/benchmarks.md, Start-up).
     */
    private void styleWhileLoading(StackPane center, Node work) {
        center.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                center.sceneProperty().removeListener(this);
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    Platform.runLater(() -> {
                        if (!center.getChildren().contains(work)) {
                            work.setVisible(false);
                            center.getChildren().add(0, work);
                        }
                    });
                };
                scene.addPostLayoutPulseListener(once[0]);
            }
        });
    }

    /**
     * The views of the stored data, one tab each. A new view is one more tab here. Only 总览 is made with the
     * window: the others are made when their tab first opens, 工作清单 and 进展填报 also right after 总览 has shown
     * the data ({@link #buildHiddenViews()}).
     */
    private Node views() {
        LazyTab workList = new LazyTab("tab.workList", "tabWorkList", this::workListView);
        Tab overview = dashboardTab(workList.tab());
        LazyTab progressTab = new LazyTab("tab.progress", "tabProgress",
                () -> new ProgressView(progress, () -> openChangeLog(null)));
        hiddenViews = List.of(workList, progressTab);
        // The year's progress is read when a tab showing it opens, not at the start (总览 first).
        progress.activeProperty().bind(progressTab.tab().selectedProperty().or(workList.tab().selectedProperty()));
        // The Gantt chart and the indicator table read their data when first opened: nobody waits at the
        // start for a chart they did not ask for.
        TabPane tabs = new TabPane();
        Consumer<ProgressRequest> openProgress = request -> {
            tabs.getSelectionModel().select(progressTab.tab());
            progress.open(request.item().id(), request.quarter().year(), request.quarter().quarter());
        };
        tabs.getTabs().addAll(overview, workList.tab(), progressTab.tab(),
                new LazyTab("tab.gantt", "tabGantt", () -> new GanttTab(viewModel, openProgress).node()).tab(),
                new LazyTab("tab.indicators", "tabIndicators", this::indicatorView).tab());
        tabs.setId("viewTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /** 指标: its saves and undos move 总览's 达标率 and the print preview's key-indicator page. */
    private Node indicatorView() {
        IndicatorsViewModel indicators = new IndicatorsViewModel(viewModel.runner(), viewModel.workspaceProperty(),
                viewModel.dataVersionProperty());
        indicators.onStored(viewModel::indicatorsChanged);
        return new IndicatorTableView(indicators);
    }

    /**
     * Makes 工作清单 and 进展填报 now, if not made yet. The first screen does not show them: made with the window,
     * they were styled and laid out while the clerk waited for 总览's figures (docs/benchmarks.md, Start-up).
     */
    public void buildHiddenViews() {
        hiddenViews.forEach(LazyTab::build);
    }

    /**
     * Once the data first shows, and two frames after 总览 has drawn its figures (so that the frame with them
     * is on screen first), the hidden work views are made: the first click on their tab finds them ready.
     */
    private void buildHiddenViewsOnceShown() {
        viewModel.screenProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends MainViewModel.Screen> obs, MainViewModel.Screen old,
                                MainViewModel.Screen screen) {
                if (screen == MainViewModel.Screen.WORK) {
                    viewModel.screenProperty().removeListener(this);
                    whenFilled(() -> afterTwoFrames(MainWindow.this::buildHiddenViews));
                }
            }
        });
    }

    private void afterTwoFrames(Runnable action) {
        Scene scene = root.getScene();
        if (scene == null) {
            Platform.runLater(action);
        } else {
            Frames.afterNextFrame(scene, () -> Frames.afterNextFrame(scene, action));
        }
    }

    /** 总览, the first tab: it reads while it shows, and a lagging item opens in the work list. */
    private Tab dashboardTab(Tab workList) {
        dashboard = new DashboardViewModel(viewModel.runner(), viewModel.workspaceProperty(),
                viewModel.dataVersionProperty(), viewModel.progressVersionProperty(),
                viewModel.indicatorVersionProperty(), viewModel.interaction()::showError);
        commands.formsVersionProperty().addListener((obs, old, now) -> dashboard.reload());
        Tab tab = tab("tab.dashboard", "tabDashboard", new DashboardView(dashboard, itemId -> {
            viewModel.selectItem(itemId);
            workList.getTabPane().getSelectionModel().select(workList);
        }));
        dashboard.activeProperty().bind(tab.selectedProperty());
        dashboard.firstReadFrom(viewModel::takeFirstFigures);
        dashboard.onPeriodChosen(period -> viewModel.lookedAt(period.year(), period.quarter()));
        return tab;
    }

    /**
     * Runs once the first screen is filled: the tree read and, when there is data, 总览 showing it (the start
     * reads 总览's figures after the tree). For the start-up benchmark's filled frame and --exit-when-loaded.
     */
    public void whenFilled(Runnable action) {
        if (viewModel.screenProperty().get() != MainViewModel.Screen.WORK || !dashboard.years().isEmpty()) {
            action.run();
            return;
        }
        dashboard.years().addListener(new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends Integer> change) {
                if (!change.getList().isEmpty()) {
                    dashboard.years().removeListener(this);
                    action.run();
                }
            }
        });
    }

    private static Tab tab(String key, String id, Node content) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    /** The tree of the work on the left, the selected item on the right. */
    private Node workListView() {
        ItemQuarters quarters = new ItemQuarters(progress, this::openChangeLog);
        LinkedIndicator indicator = new LinkedIndicator(viewModel);
        VBox below = new VBox(12, indicator, quarters);
        ItemPane itemPane = new ItemPane(viewModel.selectedProperty()::set, (item, year) -> {
            indicator.show(item, year);
            quarters.show(item, year);
            return below;
        });
        viewModel.selectedProperty().addListener((obs, old, node) -> itemPane.show(node));
        if (viewModel.selectedProperty().get() != null) {
            itemPane.show(viewModel.selectedProperty().get());
        }
        // The tree keeps its width when the window grows; in a small window the item page keeps room for its
        // four quarters and the tree gives way.
        itemPane.setMinWidth(540);
        SplitPane work = new SplitPane(new WorkTreeView(viewModel), itemPane);
        work.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(work.getItems().get(0), false);
        return work;
    }

    /** 修改记录 of the whole programme (item null), or of one item. */
    private void openChangeLog(WorkItem item) {
        if (viewModel.workspaceProperty().get() != null) {
            ChangeLogViewModel log = new ChangeLogViewModel(viewModel.workspaceProperty().get(), viewModel.runner(),
                    item == null ? null : item.id());
            new ChangeLogWindow(window(), log, item == null ? Messages.get("changelog.title")
                    : Messages.get("changelog.itemTitle", item.name())).show();
        }
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(viewModel.runner().messageProperty().isEmpty()
                .map(idle -> idle ? viewModel.statusProperty().get() : viewModel.runner().messageProperty().get()));
        viewModel.statusProperty().addListener((obs, old, text) -> {
            if (viewModel.runner().messageProperty().get().isEmpty()) {
                status.textProperty().unbind();
                status.setText(text);
                bindStatus(status);
            }
        });
        ProgressBar progress = new ProgressBar();
        progress.setId("statusProgress");
        progress.progressProperty().bind(viewModel.runner().progressProperty());
        progress.visibleProperty().bind(viewModel.runner().busyProperty());
        progress.setPrefWidth(180);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label folder = new Label(Messages.get("status.dataFolder", viewModel.dataFolder().toAbsolutePath()));
        folder.getStyleClass().add("status-folder");
        HBox bar = new HBox(12, status, spacer, progress, folder);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void bindStatus(Label status) {
        status.textProperty().bind(viewModel.runner().messageProperty().isEmpty()
                .map(idle -> idle ? viewModel.statusProperty().get() : viewModel.runner().messageProperty().get()));
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
