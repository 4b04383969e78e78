package org.qiyouxiang.app.ui.gantt;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.image.WritableImage;
import org.qiyouxiang.app.core.progress.StatusPalette;
import org.qiyouxiang.app.core.gantt.GanttRow;
import org.qiyouxiang.app.core.gantt.GroupKey;
import org.qiyouxiang.app.core.gantt.YearRange;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.WorkItem;

/**
 * The quarterly Gantt chart (挂图作战): rows of work items grouped by area and kind, with the 序号,
 * 名称 and 牵头单位 columns fixed at the left, and each milestone a bar over its quarters coloured by
 * the quarters' statuses. It shows the rows it is given (filtering is its view model's business) and
 * draws only what is visible. Styled by {@code gantt-view.css} (style class {@code gantt-view}).
 */
public class GanttView extends Control {

    public static final String STYLE_CLASS = "gantt-view";

    private final ObjectProperty<List<GanttRow>> rows = new SimpleObjectProperty<>(this, "rows", List.of());
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ObjectProperty<WorkItem> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ObjectProperty<Consumer<ProgressRequest>> onOpenProgress =
            new SimpleObjectProperty<>(this, "onOpenProgress");
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today", LocalDate.now());
    private final ObjectProperty<YearRange> years = new SimpleObjectProperty<>(this, "years", YearRange.PROGRAMME);
    private final DoubleProperty scrollX = new SimpleDoubleProperty(this, "scrollX");
    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY");
    private final ObservableSet<GroupKey> collapsedGroups = FXCollections.observableSet();
    private ScrollRequest pendingScroll;
    private boolean selectingInChart;

    public GanttView() {
        getStyleClass().addAll(STYLE_CLASS, "status-colours");
        getStylesheets().add(StatusPalette.cssDataUri());
        setFocusTraversable(true);
        // An item selected elsewhere (the tree) is brought into view, its groups opened.
        selectedItem.addListener((obs, old, item) -> {
            if (item != null && !selectingInChart) {
                scrollToItem(item);
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new GanttViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return GanttView.class.getResource("gantt-view.css").toExternalForm();
    }

    /** The rows to show, in order, groups included: usually bound to {@link GanttViewModel#rowsProperty()}. */
    public final ObjectProperty<List<GanttRow>> rowsProperty() {
        return rows;
    }

    public final List<GanttRow> getRows() {
        return rows.get();
    }

    public final void setRows(List<GanttRow> value) {
        rows.set(value == null ? List.of() : value);
    }

    /** Years across the chart's width: 1 (一年, wide quarters with text in the bars) to 5 (全程). */
    public final DoubleProperty zoomProperty() {
        return zoom;
    }

    public final double getZoom() {
        return zoom.get();
    }

    public final void setZoom(double value) {
        zoom.set(value);
    }

    /** The item the clerk clicked, or the one the window selected elsewhere (then scrolled into view). */
    public final ObjectProperty<WorkItem> selectedItemProperty() {
        return selectedItem;
    }

    public final WorkItem getSelectedItem() {
        return selectedItem.get();
    }

    public final void setSelectedItem(WorkItem value) {
        selectedItem.set(value);
    }

    /** Called on a double-click on a quarter of an item's year: open that quarter's progress for editing. */
    public final ObjectProperty<Consumer<ProgressRequest>> onOpenProgressProperty() {
        return onOpenProgress;
    }

    public final Consumer<ProgressRequest> getOnOpenProgress() {
        return onOpenProgress.get();
    }

    public final void setOnOpenProgress(Consumer<ProgressRequest> value) {
        onOpenProgress.set(value);
    }

    /** Where the today line is drawn; tests and screenshots set a fixed day. */
    public final ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public final LocalDate getToday() {
        return today.get();
    }

    public final void setToday(LocalDate value) {
        today.set(value);
    }

    /** The timeline's years, 2023–2027 for the programme. */
    public final ObjectProperty<YearRange> yearsProperty() {
        return years;
    }

    public final YearRange getYears() {
        return years.get();
    }

    public final void setYears(YearRange value) {
        years.set(value);
    }

    /** Horizontal scroll in timeline pixels; the skin keeps it within the timeline. */
    public final DoubleProperty scrollXProperty() {
        return scrollX;
    }

    public final double getScrollX() {
        return scrollX.get();
    }

    public final void setScrollX(double value) {
        scrollX.set(value);
    }

    /** Vertical scroll in pixels from the first row; the skin keeps it within the rows. */
    public final DoubleProperty scrollYProperty() {
        return scrollY;
    }

    public final double getScrollY() {
        return scrollY.get();
    }

    public final void setScrollY(double value) {
        scrollY.set(value);
    }

    /** The groups (areas, kinds within areas) shown as a heading only. */
    public final ObservableSet<GroupKey> getCollapsedGroups() {
        return collapsedGroups;
    }

    /** Centres the quarter that holds today (定位到今天). */
    public void scrollToToday() {
        LocalDate day = getToday() == null ? LocalDate.now() : getToday();
        requestScroll(new ScrollRequest(Quarter.of(day), null, Align.CENTRE));
    }

    /** Puts a quarter at the left of the chart. */
    public void scrollToQuarter(Quarter quarter) {
        requestScroll(new ScrollRequest(quarter, null, Align.START));
    }

    /** Puts a quarter at the right of the chart, what came before it in sight. */
    public void scrollToQuarterAtEnd(Quarter quarter) {
        requestScroll(new ScrollRequest(quarter, null, Align.END));
    }

    public void scrollToYear(int year) {
        scrollToQuarter(new Quarter(year, 1));
    }

    /** Opens the item's groups and scrolls its rows into view. */
    public void scrollToItem(WorkItem item) {
        collapsedGroups.remove(GroupKey.area(item.area()));
        collapsedGroups.remove(new GroupKey(item.area(), item.kind()));
        requestScroll(new ScrollRequest(null, item, null));
    }

    /**
     * A picture of what the chart shows now (time axis, left columns, visible rows), without scroll
     * bars, drawn at {@code pixelScale} pixels per screen pixel so that it stays sharp in documents.
     */
    public WritableImage snapshotChart(double pixelScale) {
        if (!(getSkin() instanceof GanttViewSkin skin)) {
            throw new IllegalStateException("the chart has not been shown yet");
        }
        return skin.snapshotChart(pixelScale);
    }

    /** Selects an item the clerk pointed at in the chart: it is in view already. */
    void selectInChart(WorkItem item) {
        selectingInChart = true;
        try {
            setSelectedItem(item);
        } finally {
            selectingInChart = false;
        }
    }

    private void requestScroll(ScrollRequest request) {
        ScrollRequest merged = pendingScroll == null ? request : pendingScroll.and(request);
        pendingScroll = merged;
        requestLayout();
    }

    /** The scroll asked for since the last layout; the skin applies it once it knows its size. */
    ScrollRequest takePendingScroll() {
        ScrollRequest request = pendingScroll;
        pendingScroll = null;
        return request;
    }

    /** Where a quarter asked for goes across the chart. */
    enum Align { START, CENTRE, END }

    /** A quarter to scroll to horizontally (at the left, centred or at the right), an item to scroll to vertically. */
    record ScrollRequest(Quarter quarter, WorkItem item, Align align) {

        ScrollRequest and(ScrollRequest later) {
            return new ScrollRequest(later.quarter != null ? later.quarter : quarter,
                    later.item != null ? later.item : item, later.quarter != null ? later.align : align);
        }
    }
}
