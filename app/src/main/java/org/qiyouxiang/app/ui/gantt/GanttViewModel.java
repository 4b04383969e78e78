package org.qiyouxiang.app.ui.gantt;

import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.gantt.GanttFilters;
import org.qiyouxiang.app.core.gantt.GanttItem;
import org.qiyouxiang.app.core.gantt.GanttItems;
import org.qiyouxiang.app.core.gantt.GanttRow;
import org.qiyouxiang.app.core.gantt.GanttRows;
import org.qiyouxiang.app.core.gantt.QuarterFactsSource;
import org.qiyouxiang.db.model.WorkList;

/**
 * The Gantt view's state without a Node: every item of the year, the filter the window's shared
 * filters set, the search text, and the rows that pass both (grouped, with counts) for the view to
 * show. The window loads a year with {@link #load} (or builds the items in the background and
 * calls {@link #setItems}) and sets {@link #filterProperty()} when its filters change.
 */
public final class GanttViewModel {

    private final ReadOnlyObjectWrapper<List<GanttItem>> items = new ReadOnlyObjectWrapper<>(this, "items", List.of());
    private final ReadOnlyIntegerWrapper year = new ReadOnlyIntegerWrapper(this, "year");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObjectProperty<Predicate<GanttItem>> filter =
            new SimpleObjectProperty<>(this, "filter", GanttFilters.all());
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ReadOnlyObjectWrapper<List<GanttRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");

    public GanttViewModel() {
        filter.addListener(o -> refilter());
        searchText.addListener(o -> refilter());
    }

    /**
     * Shows a year's work list with what is known of each quarter ({@link QuarterFactsSource#NONE} until
     * progress is kept).
     */
    public void load(WorkList list, QuarterFactsSource facts) {
        setItems(list.year(), list.title(), GanttItems.of(list, facts));
    }

    /** Shows items built elsewhere (on a background thread, for a large programme). */
    public void setItems(int listYear, String listTitle, List<GanttItem> newItems) {
        year.set(listYear);
        boolean untitled = listTitle == null || listTitle.isBlank();
        title.set(untitled ? Messages.get("worklist.defaultTitle", listYear) : listTitle);
        items.set(List.copyOf(newItems));
        refilter();
    }

    public void clear() {
        items.set(List.of());
        year.set(0);
        title.set("");
        refilter();
    }

    private void refilter() {
        Predicate<GanttItem> test = filter.get() == null ? GanttFilters.all() : filter.get();
        Predicate<GanttItem> both = test.and(GanttFilters.search(searchText.get()));
        List<GanttItem> shown = items.get().stream().filter(both).toList();
        shownCount.set(shown.size());
        rows.set(GanttRows.group(shown));
    }

    /** Every item of the year, unfiltered. */
    public ReadOnlyObjectProperty<List<GanttItem>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    /** The year shown; 0 before anything is loaded. */
    public ReadOnlyIntegerProperty yearProperty() {
        return year.getReadOnlyProperty();
    }

    /** The work list's title, as printed above the chart. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Which items to show: area, kind, unit, status, lagging only (see {@link GanttFilters}); set by the window. */
    public ObjectProperty<Predicate<GanttItem>> filterProperty() {
        return filter;
    }

    /** Words that must all appear in an item's number, name, units or milestones. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The rows to show: groups with the counts of matching items, items, continuation lines. */
    public ReadOnlyObjectProperty<List<GanttRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    public int totalCount() {
        return items.get().size();
    }
}
