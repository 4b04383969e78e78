package org.qiyouxiang.app.ui.main;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.gantt.GanttItem;
import org.qiyouxiang.app.core.gantt.GanttItems;
import org.qiyouxiang.app.core.gantt.QuarterFacts;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.gantt.GanttPane;
import org.qiyouxiang.app.ui.gantt.GanttViewModel;
import org.qiyouxiang.app.ui.gantt.ProgressRequest;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/**
 * The 甘特图 tab: the year the clerk looks at, each quarter coloured by the status the progress table
 * shows (the clerk's, else the proposal), selection shared with the tree by item id. A double-click on a
 * quarter of a bar opens that quarter in 进展填报, as the bar's tooltip says.
 */
final class GanttTab {

    private final MainViewModel viewModel;
    private final GanttViewModel gantt = new GanttViewModel();
    private final GanttPane pane;
    private boolean syncing;

    /** @param openProgress shows an item's quarter in 进展填报, its 完成情况 cell ready for typing */
    GanttTab(MainViewModel viewModel, Consumer<ProgressRequest> openProgress) {
        this.viewModel = viewModel;
        Interaction interaction = viewModel.interaction();
        pane = new GanttPane(gantt, viewModel.runner(), new GanttPane.Host() {
            @Override
            public void showError(Throwable error) {
                interaction.showError(error);
            }

            @Override
            public void showExported(Path file, String summary) {
                interaction.showExported(file, summary);
            }

            @Override
            public Optional<Path> lastFolder() {
                return viewModel.lastFolder();
            }

            @Override
            public void rememberFolderOf(Path file) {
                viewModel.rememberFolderOf(file);
            }

            @Override
            public void say(String text) {
                viewModel.say(text);
            }
        });
        viewModel.dataVersionProperty().addListener((obs, old, v) -> reload());
        viewModel.progressVersionProperty().addListener((obs, old, v) -> reload());
        viewModel.selectedProperty().addListener((obs, old, node) -> {
            if (node != null && node.year() != null && node.year() != gantt.yearProperty().get()) {
                reload();
            }
            followTree(node);
        });
        pane.view().selectedItemProperty().addListener((obs, old, item) -> followChart(item));
        pane.view().setOnOpenProgress(openProgress);
        reload();
    }

    Node node() {
        return pane;
    }

    private void reload() {
        Workspace workspace = viewModel.workspaceProperty().get();
        OptionalInt year = viewModel.currentYear();
        if (workspace == null || year.isEmpty()) {
            gantt.clear();
            return;
        }
        viewModel.runner().run(Messages.get("status.loadingGantt"), progress -> items(workspace, year.getAsInt()),
                loaded -> loaded.ifPresentOrElse(
                        l -> gantt.setItems(l.list().year(), l.list().title(), l.items()), gantt::clear),
                viewModel.interaction()::showError);
    }

    /** Off the FX thread: the year's list with each quarter's status and texts as the progress table has them. */
    private static Optional<Loaded> items(Workspace workspace, int year) {
        LocalDate today = workspace.progress().today();
        return workspace.progress().load(year).map(book -> {
            Map<Long, QuarterFacts[]> facts = new HashMap<>();
            for (int q = 1; q <= 4; q++) {
                for (QuarterRow row : book.rows(q, today)) {
                    facts.computeIfAbsent(row.itemId(), id -> new QuarterFacts[5])[row.quarter()] = facts(row);
                }
            }
            return new Loaded(book.workList(), GanttItems.of(book.workList(), (itemId, quarter) -> {
                QuarterFacts[] known = facts.get(itemId);
                return known == null || known[quarter] == null ? QuarterFacts.NONE : known[quarter];
            }));
        });
    }

    private static QuarterFacts facts(QuarterRow row) {
        String done = row.progress() == null ? null : row.progress().doneText();
        String problems = row.progress() == null ? null : row.progress().problems();
        return new QuarterFacts(row.status(), done, problems, row.status() == null && row.notReported());
    }

    private void followTree(WorkTreeNode node) {
        if (syncing || node == null || !node.isItem() || node.item().id() == null) {
            return;
        }
        long id = node.item().id();
        WorkItem current = pane.view().getSelectedItem();
        if (current != null && current.id() != null && current.id() == id) {
            return;
        }
        gantt.itemsProperty().get().stream().map(GanttItem::item)
                .filter(item -> item.id() != null && item.id() == id)
                .findFirst()
                .ifPresent(item -> {
                    syncing = true;
                    try {
                        pane.view().setSelectedItem(item);
                    } finally {
                        syncing = false;
                    }
                });
    }

    private void followChart(WorkItem item) {
        if (syncing || item == null || item.id() == null) {
            return;
        }
        WorkTreeNode selected = viewModel.selectedProperty().get();
        if (selected != null && selected.isItem() && item.id().equals(selected.item().id())) {
            return;
        }
        syncing = true;
        try {
            viewModel.selectItem(item.id());
        } finally {
            syncing = false;
        }
    }

    private record Loaded(WorkList list, List<GanttItem> items) {
    }
}
