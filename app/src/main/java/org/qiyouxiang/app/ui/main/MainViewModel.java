package org.qiyouxiang.app.ui.main;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.FormReturnResult;
import org.qiyouxiang.app.service.ListReplacement;
import org.qiyouxiang.app.service.SampleLoader;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.dashboard.DashboardViewModel;
import org.qiyouxiang.app.ui.main.DataFolderRead.Years;
import org.qiyouxiang.app.ui.task.TaskRunner;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.WorkList;

/**
 * The main window's state and commands: which screen shows, the work tree, the selected item, what
 * the status bar says. All data work goes through the task runner; this class never touches a Node.
 */
public final class MainViewModel {

    public enum Screen { LOADING, WELCOME, WORK, FAILED }

    private final Path dataFolder;
    private final TaskRunner runner;
    private final Interaction interaction;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.LOADING);
    private final ReadOnlyObjectWrapper<WorkTreeNode> tree = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<WorkTreeNode> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.get("app.title"));
    private final ReadOnlyObjectWrapper<Workspace> workspaceProperty = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper dataVersion = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper progressVersion = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper indicatorVersion = new ReadOnlyIntegerWrapper(0);
    private Workspace workspace;
    private DashboardViewModel.Figures firstFigures;
    /**
     * The lists the tree shows. The tree's nodes hold their items but not the lists, and the shared copy of
     * a year (WorkListCache) lives only as long as some view holds its list: without this, a collection
     * between the start and opening 进展填报 or 甘特图 made them read and keep a second copy (5–10 MB at
     * 10,000 items).
     */
    private List<WorkList> shownLists = List.of();
    private Optional<Quarter> quarterInView = Optional.empty();
    private final ImportFlow imports;
    private boolean startedWithData;

    public MainViewModel(Path dataFolder, TaskRunner runner, Interaction interaction) {
        this.dataFolder = dataFolder;
        this.runner = runner;
        this.interaction = interaction;
        this.imports = new ImportFlow(this, runner, interaction);
    }

    /** Opens the data folder in the background; with {@code sampleIfEmpty} an empty database gets the sample. */
    public void start(boolean sampleIfEmpty, Runnable whenShown) {
        runner.run(Messages.get("status.opening"), progress -> EarlyOpen.openAndRead(dataFolder), loaded -> {
            workspace = loaded.workspace();
            startedWithData = !loaded.years().lists().isEmpty();
            firstFigures = loaded.figures();
            workspaceProperty.set(workspace);
            workspace.startupNotice().ifPresent(interaction::showNotice);
            show(loaded.years(), OptionalInt.empty());
            // The views read on this move; 总览 takes the figures read with the data, and only this once.
            dataVersion.set(dataVersion.get() + 1);
            firstFigures = null;
            if (sampleIfEmpty && loaded.years().lists().isEmpty()) {
                loadSample(whenShown);
            } else {
                whenShown.run();
            }
        }, error -> {
            screen.set(Screen.FAILED);
            interaction.showError(error);
        });
    }

    /** Whether the data folder held a work list when this window opened it (not a first start). */
    public boolean startedWithData() {
        return startedWithData;
    }

    public void loadSample() {
        loadSample(() -> { });
    }

    /** The 嵊泗 sample: five-year targets, 2024 key indicators and the 2024 work list, in one go. */
    private void loadSample(Runnable whenShown) {
        if (workspace == null) {
            return;
        }
        Screen before = screen.get();
        screen.set(Screen.LOADING);
        runner.run(Messages.get("status.loadingSample"), progress -> {
            SampleLoader.Result result = workspace.samples().load(dataFolder.resolve("samples"));
            String summary = Messages.get("status.sampleLoaded", result.fiveYearTargets().indicatorCount(),
                    result.keyIndicators().indicatorCount(), result.workList().itemCount());
            return new Stored(summary, OptionalInt.of(result.workList().year()), DataFolderRead.load(workspace), null);
        }, stored -> stored(stored, whenShown), error -> {
            screen.set(before);
            interaction.showError(error);
        });
    }

    /** Reads the file (a work list or an indicator table), shows what it brings in, stores it once confirmed. */
    public void importFile(Path file) {
        imports.importFile(file);
    }

    /**
     * Returned forms were stored: the progress tab's undo history takes them as one step, the views showing
     * progress refresh, the status bar says what was imported.
     */
    public void formsImported(FormReturnResult result) {
        imports.formsImported(result);
    }

    /** Who keeps the undo history learns of each import of returned forms. */
    public void onFormsImported(Consumer<FormReturnResult> recorder) {
        imports.onFormsImported(recorder);
    }

    /** Who keeps the undo history learns of each stored work-list import (before → after). */
    public void onWorkListImported(Consumer<ListReplacement> recorder) {
        imports.onWorkListImported(recorder);
    }

    /** Reads the stored years again after a change made elsewhere (a year copied, an import undone). */
    public void reload() {
        if (workspace != null) {
            runner.run(Messages.get("status.reloading"), progress -> DataFolderRead.load(workspace), years -> {
                show(years, OptionalInt.empty());
                dataVersion.set(dataVersion.get() + 1);
            }, interaction::showError);
        }
    }

    /** Puts a line in the status bar (已保存 …), for the views that work through the workspace. */
    public void say(String text) {
        status.set(text);
    }

    /** A stored import or sample: the tree shows it, the views reload, the status bar says what came in. */
    void stored(Stored stored, Runnable whenShown) {
        show(stored.years(), stored.focusYear());
        dataVersion.set(dataVersion.get() + 1);
        status.set(savedNow(stored.summary()));
        whenShown.run();
    }

    /** 已保存（14:03:27）after what was stored, for the status bar. */
    static String savedNow(String summary) {
        return Messages.get("status.saved", summary,
                LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")));
    }

    /** After a restore from a backup: the reopened data folder replaces the closed one, everything reloads. */
    public void reopened(Workspace reopened) {
        workspace = reopened;
        workspaceProperty.set(reopened);
        runner.run(Messages.get("status.opening"), progress -> DataFolderRead.load(reopened), years -> {
            show(years, OptionalInt.empty());
            dataVersion.set(dataVersion.get() + 1);
            reopened.startupNotice().ifPresent(status::set);
        }, interaction::showError);
    }

    /** The open data folder's services, for dialogs that act on it directly (备份与恢复). */
    public Workspace workspace() {
        return workspace;
    }

    /** Writes a stored year's work list as .xlsx in the official layout. */
    public void exportWorkList(int year, Path target) {
        runner.run(Messages.get("status.exporting"), progress -> workspace.exports().export(year, target),
                list -> {
                    String summary = Messages.get("export.worklist.done", list.year(), list.items().size());
                    status.set(summary);
                    interaction.showExported(target, summary);
                }, interaction::showError);
    }

    /**
     * The clerk chose a quarter to look at (总览, 进展填报): the report, the forms and the tracker offer it
     * first. Ignored while a year or quarter is not set yet.
     */
    public void lookedAt(Integer year, int quarter) {
        if (year != null && quarter >= 1 && quarter <= 4) {
            quarterInView = Optional.of(new Quarter(year, quarter));
        }
    }

    /** The quarter the clerk looked at last, if any. */
    public Optional<Quarter> quarterInView() {
        return quarterInView;
    }

    /** The year the clerk is looking at: the selected node's, else the newest. */
    public OptionalInt currentYear() {
        WorkTreeNode node = selected.get();
        if (node != null && node.year() != null) {
            return OptionalInt.of(node.year());
        }
        WorkTreeNode root = tree.get();
        if (root == null || root.children().isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(root.children().get(root.children().size() - 1).year());
    }

    public List<Integer> years() {
        WorkTreeNode root = tree.get();
        return root == null ? List.of() : root.children().stream().map(WorkTreeNode::year).toList();
    }

    public Optional<Path> lastFolder() {
        return workspace == null ? Optional.empty() : workspace.settings().lastFolder();
    }

    public void rememberFolderOf(Path file) {
        if (workspace != null) {
            workspace.settings().rememberFolderOf(file);
        }
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public void close() {
        runner.shutdown();
        EarlyOpen.closeUntaken();
        if (workspace != null) {
            workspace.close();
        }
    }

    private void show(Years years, OptionalInt focusYear) {
        shownLists = years.lists();
        if (years.lists().isEmpty()) {
            tree.set(null);
            screen.set(Screen.WELCOME);
            return;
        }
        WorkTreeNode root = WorkTree.build(workspace.workLists().programme().orElseThrow(), years.lists(),
                years.indicators());
        WorkTreeNode oldRoot = tree.get();
        tree.set(root);
        title.set(Messages.get("app.title") + " — " + root.label());
        screen.set(Screen.WORK);
        if (focusYear.isPresent()) {
            root.children().stream().filter(n -> n.year() == focusYear.getAsInt()).findFirst().ifPresent(selected::set);
        } else if (oldRoot != null && selected.get() != null) {
            selected.set(WorkTree.sameNode(oldRoot, selected.get(), root));
        }
    }

    /**
     * 总览's figures read along with the data folder at the start, for the read that the start's data sets off
     * and only for it (null at any other time): {@link DashboardViewModel#firstReadFrom}.
     */
    public DashboardViewModel.Figures takeFirstFigures() {
        DashboardViewModel.Figures figures = firstFigures;
        firstFigures = null;
        return figures;
    }

    /** The open data folder's services, once opened: the other views work through it. */
    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspaceProperty.getReadOnlyProperty();
    }

    /** Counts the times the stored data changed as a whole (opened, imported): views reload when it moves. */
    public ReadOnlyIntegerProperty dataVersionProperty() {
        return dataVersion.getReadOnlyProperty();
    }

    /** Moves each time quarterly progress was saved, so that views showing statuses redraw. */
    public ReadOnlyIntegerProperty progressVersionProperty() {
        return progressVersion.getReadOnlyProperty();
    }

    /** Says that progress was saved (by the progress table, a returned form, an undo). */
    public void progressChanged() {
        progressVersion.set(progressVersion.get() + 1);
    }

    /** Moves each time an indicator's target or actual was saved or undone in the 指标 tab. */
    public ReadOnlyIntegerProperty indicatorVersionProperty() {
        return indicatorVersion.getReadOnlyProperty();
    }

    /** Says that an indicator was changed (an edit or an undo in the 指标 tab), so that judged figures redraw. */
    public void indicatorsChanged() {
        indicatorVersion.set(indicatorVersion.get() + 1);
    }

    /** Selects the tree node of a stored item, if the tree has it. */
    public void selectItem(long itemId) {
        WorkTreeNode root = tree.get();
        if (root != null) {
            findItem(root, itemId).ifPresent(selected::set);
        }
    }

    private static Optional<WorkTreeNode> findItem(WorkTreeNode node, long itemId) {
        if (node.isItem() && node.item().id() != null && node.item().id() == itemId) {
            return Optional.of(node);
        }
        for (WorkTreeNode child : node.children()) {
            Optional<WorkTreeNode> found = findItem(child, itemId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The window's dialogs, for the views that report through them. */
    public Interaction interaction() {
        return interaction;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkTreeNode> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    /** The node selected in the tree; the item pane shows it. Set by the view, read by everyone. */
    public ObjectProperty<WorkTreeNode> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public TaskRunner runner() {
        return runner;
    }

    record Stored(String summary, OptionalInt focusYear, Years years, ListReplacement replaced) {
    }
}
