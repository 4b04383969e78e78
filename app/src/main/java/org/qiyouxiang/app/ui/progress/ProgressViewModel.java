package org.qiyouxiang.app.ui.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.qiyouxiang.app.core.LongIntMap;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.progress.ItemFilter;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.core.search.SearchIndex;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.main.MainViewModel;
import org.qiyouxiang.app.ui.main.WorkTreeNode;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.Quarter;

/**
 * The 进展填报 tab's state: the year and quarter shown, the filters and the search, the rows they let
 * through (grouped by area), the counts, and the selected item, which the work tree follows both ways.
 * The year's {@link ProgressBook} is loaded through the task runner; quarters, filters and searches are
 * computed from it on the FX thread without the database. Edits go through {@link #editor()}.
 */
public final class ProgressViewModel {

    private final MainViewModel main;
    private final ProgressInteraction interaction;
    private final ProgressFilters filters = new ProgressFilters();
    private final UndoHistory history = new UndoHistory();
    private final ProgressEditor editor;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final IntegerProperty quarter = new SimpleIntegerProperty(0);
    private final ObservableList<TableEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ItemFilter.Counts> counts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> selectedItem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> openedItem = new ReadOnlyObjectWrapper<>();
    /** An item opened from elsewhere while its year was still loading. */
    private Long openAfterLoad;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private ProgressBook book;
    private final SearchResults search = new SearchResults();
    /** The quarter's rows, computed once per quarter (filters and searches only choose among them). */
    private List<QuarterRow> quarterRows;
    private Map<String, Integer> areaTotals;
    private final Map<Long, ProgressLine> lines = new HashMap<>();
    private final TreeLink tree;
    private Long selectAfterLoad;
    private int loads;
    /** A new tree comes just before the data version moves, which loads the year: no need to load twice. */
    private boolean followingTree;
    /** Whether a view shows the table or an item's quarters; while none does, a reload waits (start-up). */
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private boolean stale;

    public ProgressViewModel(MainViewModel main, ProgressInteraction interaction) {
        this.main = main;
        this.interaction = interaction;
        this.editor = new ProgressEditor(this, main, interaction, history);
        this.tree = new TreeLink(main);
        active.addListener((obs, was, now) -> {
            if (now && stale) {
                reload();
            }
        });
        main.onWorkListImported(replacement -> history.record(new UndoHistory.Import(replacement)));
        // A restore from a backup replaces the open data folder: what could be undone was done to the data before.
        main.workspaceProperty().addListener((obs, old, now) -> {
            if (old != null) {
                history.clear();
            }
        });
        main.onFormsImported(result -> {
            history.record(new UndoHistory.Edit(result.changes(), Messages.get("progress.step.forms",
                    result.changes().changes().size())));
            stored(result.saved(), true);
        });
        main.treeProperty().addListener((obs, old, root) -> treeChanged(root));
        main.dataVersionProperty().addListener((obs, old, now) -> reload());
        main.selectedProperty().addListener((obs, old, node) -> treeSelected(node));
        year.addListener((obs, old, now) -> {
            if (!followingTree) {
                reload();
            }
        });
        quarter.addListener((obs, old, now) -> {
            if (old.intValue() != 0) {
                main.lookedAt(year.get(), now.intValue());
            }
            refresh();
        });
        for (Observable criterion : filters.criteria()) {
            criterion.addListener(o -> refilter());
        }
        filters.searchProperty().addListener((obs, old, text) -> {
            search.query(text);
            refilter();
        });
        treeChanged(main.treeProperty().get());
    }

    private void treeChanged(WorkTreeNode root) {
        List<Integer> now = tree.read(root);
        if (!years.equals(now)) {
            years.setAll(now);
        }
        if (year.get() == null || !now.contains(year.get())) {
            followingTree = true;
            try {
                year.set(TreeLink.defaultYear(now, today()));
            } finally {
                followingTree = false;
            }
        }
    }

    /**
     * True (the default) while a view shows the progress table or an item's quarters. The window binds it to
     * their tabs, so that the start reads 总览 without the progress of a tab nobody opened yet; a reload asked
     * for meanwhile happens when a view shows.
     */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Reads the year's progress again (opened, imported, undone): filters, quarter and search stay. */
    void reload() {
        if (!active.get()) {
            stale = true;
            return;
        }
        stale = false;
        Workspace workspace = main.workspaceProperty().get();
        Integer shown = year.get();
        int load = ++loads;
        if (workspace == null || shown == null) {
            show(null, null);
            return;
        }
        main.runner().run(Messages.get("progress.loading", shown), progress -> {
            ProgressBook loaded = workspace.progress().load(shown).orElse(null);
            return new Loaded(loaded, loaded == null ? null : SearchIndex.of(loaded));
        }, loaded -> {
            if (load == loads) {
                show(loaded.book(), loaded.index());
            }
        }, interaction::showError);
    }

    private record Loaded(ProgressBook book, SearchIndex index) {
    }

    private void show(ProgressBook loaded, SearchIndex loadedIndex) {
        book = loaded;
        search.index(loadedIndex);
        if (book != null) {
            filters.chooseFrom(book);
            if (quarter.get() == 0) {
                quarter.set(Quarter.of(today()).quarter());
            }
        }
        refresh();
        if (selectAfterLoad != null) {
            selectedItem.set(selectAfterLoad);
            selectAfterLoad = null;
        }
        if (openAfterLoad != null && book != null) {
            Long itemId = openAfterLoad;
            openAfterLoad = null;
            openLoaded(itemId);
        }
    }

    /** Computes the rows of the quarter and lets the filters and the search through what they match. */
    private void refresh() {
        quarterRows = null;
        refilter();
    }

    /** Lets the filters and the search through the quarter's rows, under their areas' headings. */
    private void refilter() {
        lines.clear();
        if (book == null || quarter.get() == 0) {
            entries.clear();
            countText.set("");
            counts.set(null);
            revision.set(revision.get() + 1);
            return;
        }
        if (quarterRows == null) {
            // In the list's order: an item's row is at its place in the book.
            quarterRows = new ArrayList<>(book.rows(quarter.get(), today()));
            areaTotals = TableEntries.totals(quarterRows);
        }
        List<QuarterRow> shown = filters.filter(search.found()).apply(quarterRows);
        List<TableEntry> table = TableEntries.of(shown, areaTotals);
        for (TableEntry entry : table) {
            if (entry instanceof ProgressLine line) {
                lines.put(line.itemId(), line);
            }
        }
        entries.setAll(table);
        int elsewhere = search.foundInOtherQuarters(shown);
        countText.set(elsewhere == 0 ? Messages.get("progress.count", shown.size(), quarterRows.size())
                : Messages.get("progress.countElsewhere", shown.size(), quarterRows.size(), elsewhere));
        counts.set(ItemFilter.count(shown));
        revision.set(revision.get() + 1);
    }

    /**
     * Takes in what the database holds now for some items' quarters (after a save, an undo, or to put a
     * refused cell back): the book, the search, and the lines shown. Rows stay even when a filter would
     * now hide them, so that a line does not vanish under the clerk's cursor; the counts follow.
     */
    void stored(List<QuarterProgress> stored, boolean saved) {
        if (book == null) {
            return;
        }
        for (QuarterProgress p : stored) {
            book.put(p);
            int at = quarterRows == null ? LongIntMap.ABSENT : book.indexOf(p.workItemId());
            if (p.quarter() == quarter.get() && at != LongIntMap.ABSENT) {
                QuarterRow row = book.row(p.workItemId(), p.quarter(), today());
                quarterRows.set(at, row);
                ProgressLine line = lines.get(p.workItemId());
                if (line != null) {
                    line.show(row);
                }
            }
        }
        if (saved && quarterRows != null) {
            search.update(stored, id -> book.indexOf(id) != LongIntMap.ABSENT);
        }
        if (saved) {
            main.progressChanged();
        }
        counts.set(ItemFilter.count(shownRows()));
        revision.set(revision.get() + 1);
    }

    /** The item rows shown, in table order (headings left out): where pastes land. */
    List<QuarterRow> shownRows() {
        List<QuarterRow> rows = new ArrayList<>(lines.size());
        for (TableEntry entry : entries) {
            if (entry instanceof ProgressLine line) {
                rows.add(line.row());
            }
        }
        return rows;
    }

    ProgressBook book() {
        return book;
    }

    LocalDate today() {
        Workspace workspace = main.workspaceProperty().get();
        return workspace == null ? LocalDate.now() : workspace.progress().today();
    }

    /** The clerk selected a line (or none): the tree selects the item too. */
    public void select(Long itemId) {
        selectedItem.set(itemId);
        tree.select(itemId);
    }

    /**
     * Opens an item's quarter from elsewhere (a double-click on the Gantt chart): that year and quarter are
     * shown, the item's line is selected and its 完成情况 cell takes the cursor. Filters or a search that hide
     * the item are cleared, so that the clerk is not left looking for it.
     */
    public void open(long itemId, int openYear, int openQuarter) {
        quarter.set(openQuarter);
        if (book == null || year.get() == null || year.get() != openYear) {
            openAfterLoad = itemId;
            year.set(openYear);
        } else {
            openLoaded(itemId);
        }
    }

    private void openLoaded(long itemId) {
        if (!lines.containsKey(itemId) && book.indexOf(itemId) != LongIntMap.ABSENT) {
            filters.clear();
        }
        selectedItem.set(itemId);
        tree.select(itemId);
        openedItem.set(null);
        openedItem.set(itemId);
    }

    /** The tree selected an item: its line is selected, in its year (shown first when it is another). */
    private void treeSelected(WorkTreeNode node) {
        Long itemId = TreeLink.itemOf(node);
        if (itemId == null) {
            return;
        }
        if (year.get() != null && node.year() != null && !node.year().equals(year.get())) {
            selectAfterLoad = itemId;
            year.set(node.year());
        } else {
            selectedItem.set(itemId);
        }
    }

    /** Where the search matched in a cell of an item's line: {start, end} pairs of the cell's text. */
    public List<int[]> highlights(QuarterRow row, ProgressColumn column) {
        return search.highlights(row, column);
    }

    public ProgressEditor editor() {
        return editor;
    }

    public UndoHistory history() {
        return history;
    }

    public ProgressFilters filters() {
        return filters;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** 1 to 4; 0 until the first year is loaded, then the current quarter. */
    public IntegerProperty quarterProperty() {
        return quarter;
    }

    /** The table's rows: area headings and item lines. */
    public ObservableList<TableEntry> entries() {
        return entries;
    }

    /** 显示 37 / 91 项 */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** The shown rows by status, and how many are flagged. */
    public ReadOnlyObjectProperty<ItemFilter.Counts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The item selected in the table or, through the tree, elsewhere; the table scrolls to it. */
    public ReadOnlyObjectProperty<Long> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    /** The item opened from elsewhere whose 完成情况 cell the table is to focus; the table takes it. */
    public ReadOnlyObjectProperty<Long> openedItemProperty() {
        return openedItem.getReadOnlyProperty();
    }

    /** The table focused the opened item's cell. */
    void openedTaken() {
        openedItem.set(null);
    }

    /** Moves each time rows are recomputed or a save is taken in: views showing progress refresh. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    MainViewModel main() {
        return main;
    }
}
