package org.qiyouxiang.app.ui.gantt;

import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.gantt.GanttBar;
import org.qiyouxiang.app.core.gantt.GanttRow;
import org.qiyouxiang.app.core.gantt.LeftColumns;
import org.qiyouxiang.app.core.gantt.QuarterScale;
import org.qiyouxiang.app.core.gantt.RowLayout;
import org.qiyouxiang.app.core.gantt.RowSizer;
import org.qiyouxiang.db.model.Quarter;

/**
 * Draws the chart on one canvas the size of the viewport (never the size of the content, so ten
 * thousand rows cost no memory) and lays out its own scroll bars. Rows are measured again only when
 * the rows, the collapsed groups, the zoom, the width or the font change; a scroll only repaints.
 * Mouse and keys are {@link GanttInput}'s.
 */
final class GanttViewSkin extends SkinBase<GanttView> {

    private static final double MIN_THUMB = 24;

    private final Canvas canvas = new Canvas();
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private final GanttStyle style = new GanttStyle();
    private final GlyphMetrics glyphs = new GlyphMetrics();
    private final LeftColumns columns = LeftColumns.DEFAULT;
    private final GanttInput input;
    private RowLayout layout = RowLayout.EMPTY;
    private QuarterScale scale;
    private GanttStyle.Palette palette;
    private double headerHeight;
    private double chartWidth;
    private double bodyHeight;
    private boolean rowsChanged = true;
    private double measuredZoom = Double.NaN;
    private int hoverRow = -1;
    private GanttBar hoverBar;
    /**
     * What a zoom keeps in place: the time the clerk scrolled to the middle of the chart (0 the timeline's
     * start, 1 its end), or the quarter last asked for (a year, today) where it was asked to be. Only the
     * clerk's scrolling and such requests move it: at 全程 the view cannot scroll and its middle is 2025, yet
     * zooming back in returns to the year the clerk was reading.
     */
    private double centreTime = Double.NaN;
    private GanttView.ScrollRequest anchor;
    private boolean laying;

    GanttViewSkin(GanttView view) {
        super(view);
        vbar.setOrientation(Orientation.VERTICAL);
        vbar.setUnitIncrement(40);
        hbar.setUnitIncrement(40);
        getChildren().addAll(canvas, vbar, hbar, style.probes());
        vbar.valueProperty().bindBidirectional(view.scrollYProperty());
        hbar.valueProperty().bindBidirectional(view.scrollXProperty());
        InvalidationListener remeasure = o -> {
            rowsChanged = true;
            view.requestLayout();
        };
        InvalidationListener repaint = o -> view.requestLayout();
        view.rowsProperty().addListener(remeasure);
        view.getCollapsedGroups().addListener((SetChangeListener<Object>) c -> remeasure.invalidated(null));
        view.yearsProperty().addListener(repaint);
        view.zoomProperty().addListener(repaint);
        view.selectedItemProperty().addListener(repaint);
        view.todayProperty().addListener(repaint);
        view.scrollXProperty().addListener(repaint);
        view.scrollXProperty().addListener(o -> {
            if (!laying && scale != null) {
                centreTime = (scale.clampScroll(view.getScrollX(), chartWidth) + chartWidth / 2) / scale.width();
                anchor = null;
            }
        });
        view.scrollYProperty().addListener(repaint);
        input = new GanttInput(this, view, canvas);
    }

    @Override
    public void dispose() {
        vbar.valueProperty().unbindBidirectional(getSkinnable().scrollYProperty());
        hbar.valueProperty().unbindBidirectional(getSkinnable().scrollXProperty());
        input.dispose();
        super.dispose();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + columns.width() + 4 * 4 * QuarterScale.TEXT_QUARTER_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + 600;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        laying = true;
        try {
            layOut(x, y, w, h);
        } finally {
            laying = false;
        }
    }

    private void layOut(double x, double y, double w, double h) {
        GanttView view = getSkinnable();
        palette = style.palette();
        boolean fontChanged = glyphs.use(palette.role(GanttStyle.BAR).font());
        double vbarWidth = snapSizeX(vbar.prefWidth(-1));
        double newChartWidth = Math.max(1, w - vbarWidth - columns.width());
        QuarterScale newScale = QuarterScale.fit(view.getYears(), view.getZoom(), newChartWidth);
        boolean horizontal = newScale.width() > newChartWidth + 0.5;
        double hbarHeight = horizontal ? snapSizeY(hbar.prefHeight(-1)) : 0;
        double canvasWidth = Math.max(1, w - vbarWidth);
        double canvasHeight = Math.max(1, h - hbarHeight);
        if (rowsChanged || fontChanged || !newScale.equals(scale)) {
            remeasure(newScale, newChartWidth);
        }
        chartWidth = newChartWidth;
        headerHeight = AxisPainter.headerHeight(scale, glyphs.lineHeight());
        bodyHeight = Math.max(0, canvasHeight - headerHeight);
        scrollAsAsked(view.takePendingScroll());
        view.setScrollX(scale.clampScroll(view.getScrollX(), chartWidth));
        view.setScrollY(Math.max(0, Math.min(view.getScrollY(), maxScrollY())));
        bars(horizontal);
        if (canvas.getWidth() != canvasWidth || canvas.getHeight() != canvasHeight) {
            canvas.setWidth(canvasWidth);
            canvas.setHeight(canvasHeight);
        }
        canvas.relocate(x, y);
        vbar.resizeRelocate(x + canvasWidth, y, vbarWidth, canvasHeight);
        hbar.setVisible(horizontal);
        hbar.resizeRelocate(x + columns.width(), y + canvasHeight, newChartWidth, hbarHeight);
        paint();
    }

    /**
     * Measures every row again. What was in sight stays in sight: a zoom keeps the time in the middle of
     * the chart where it was, a new width keeps the time at its left edge, and the top row stays on top.
     */
    private void remeasure(QuarterScale newScale, double newChartWidth) {
        GanttView view = getSkinnable();
        RowSizer sizer = new RowSizer(glyphs, glyphs.lineHeight(), columns, newScale);
        RowLayout newLayout = RowLayout.of(view.getRows(), view.getCollapsedGroups(), sizer::height);
        if (scale != null) {
            if (view.getZoom() != measuredZoom && anchor != null) {
                view.setScrollX(scrollFor(anchor, newScale, newChartWidth));
            } else if (view.getZoom() != measuredZoom) {
                double time = Double.isNaN(centreTime) ? (view.getScrollX() + chartWidth / 2) / scale.width() : centreTime;
                view.setScrollX(time * newScale.width() - newChartWidth / 2);
            } else {
                view.setScrollX(view.getScrollX() / scale.width() * newScale.width());
            }
        }
        if (!rowsChanged && scale != null) {
            int top = layout.indexAt(view.getScrollY());
            if (top >= 0) {
                double within = (view.getScrollY() - layout.top(top)) / layout.height(top);
                view.setScrollY(newLayout.top(top) + within * newLayout.height(top));
            }
        }
        layout = newLayout;
        scale = newScale;
        measuredZoom = view.getZoom();
        rowsChanged = false;
        hoverRow = -1;
        hoverBar = null;
    }

    private void scrollAsAsked(GanttView.ScrollRequest request) {
        if (request == null) {
            return;
        }
        GanttView view = getSkinnable();
        if (request.quarter() != null) {
            view.setScrollX(scrollFor(request, scale, chartWidth));
            anchor = request;
        }
        if (request.item() != null) {
            int index = layout.indexOf(request.item());
            if (index >= 0) {
                double bottom = layout.top(index + itemLines(index) - 1) + layout.height(index + itemLines(index) - 1);
                if (layout.top(index) < view.getScrollY() || bottom > view.getScrollY() + bodyHeight) {
                    view.setScrollY(layout.top(index) - bodyHeight / 3);
                }
            }
        }
    }

    /** Where the timeline scrolls to put the quarter asked for at the left, the middle or the right. */
    private static double scrollFor(GanttView.ScrollRequest request, QuarterScale scale, double chartWidth) {
        double x = scale.x(request.quarter());
        return switch (request.align()) {
            case START -> x;
            case CENTRE -> x + scale.quarterWidth() / 2 - chartWidth / 2;
            case END -> x + scale.quarterWidth() - chartWidth;
        };
    }

    private int itemLines(int index) {
        return ((GanttRow.Line) layout.row(index)).item().lines().size();
    }

    private void bars(boolean horizontal) {
        vbar.setMax(maxScrollY());
        // Ten thousand rows would make the thumb a sliver: at least 24 px, so that it can be grabbed.
        vbar.setVisibleAmount(Math.max(bodyHeight, maxScrollY() * MIN_THUMB / Math.max(1, bodyHeight + headerHeight)));
        vbar.setBlockIncrement(Math.max(40, bodyHeight - 40));
        vbar.setDisable(maxScrollY() <= 0);
        hbar.setMax(Math.max(0, scale.width() - chartWidth));
        hbar.setVisibleAmount(chartWidth);
        hbar.setBlockIncrement(scale.quarterWidth());
        hbar.setDisable(!horizontal);
    }

    private double maxScrollY() {
        return Math.max(0, layout.totalHeight() - bodyHeight);
    }

    private void paint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        GanttPainter.paint(gc, frame());
    }

    /** What the screen shows now. */
    GanttFrame frame() {
        GanttView view = getSkinnable();
        return new GanttFrame(canvas.getWidth(), canvas.getHeight(), headerHeight, layout, scale, columns,
                view.getScrollX(), view.getScrollY(), palette, glyphs, glyphs.lineHeight(),
                Set.copyOf(view.getCollapsedGroups()), view.getSelectedItem(), hoverRow, hoverBar, view.getToday(),
                Messages.get("gantt.empty"));
    }

    WritableImage snapshotChart(double pixelScale) {
        GanttFrame frame = frame().with(canvas.getWidth(), canvas.getHeight(), layout, scale,
                getSkinnable().getScrollX(), getSkinnable().getScrollY());
        Canvas picture = new Canvas(Math.ceil(frame.width() * pixelScale), Math.ceil(frame.height() * pixelScale));
        GraphicsContext gc = picture.getGraphicsContext2D();
        gc.scale(pixelScale, pixelScale);
        GanttPainter.paint(gc, frame);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return picture.snapshot(parameters, null);
    }

    void hover(int row, GanttBar bar) {
        if (row != hoverRow || bar != hoverBar) {
            hoverRow = row;
            hoverBar = bar;
            getSkinnable().requestLayout();
        }
    }

    /** The middle of a row's quarter cell in screen coordinates, for tests that point at the chart. */
    Point2D screenPoint(int rowIndex, Quarter quarter) {
        GanttView view = getSkinnable();
        double x = columns.width() + scale.x(quarter) + scale.quarterWidth() / 2 - view.getScrollX();
        double y = headerHeight + layout.top(rowIndex) + layout.height(rowIndex) / 2 - view.getScrollY();
        return canvas.localToScreen(x, y);
    }

    /** A point of the left columns of a row in screen coordinates. */
    Point2D screenPoint(int rowIndex, double x) {
        double y = headerHeight + layout.top(rowIndex) + layout.height(rowIndex) / 2 - getSkinnable().getScrollY();
        return canvas.localToScreen(x, y);
    }

    /** The quarters the chart shows across its width now, whole quarters. */
    List<Quarter> visibleQuarters() {
        double from = getSkinnable().getScrollX();
        Quarter first = scale.quarterAt(from + 1).orElse(scale.years().firstQuarter());
        Quarter last = scale.quarterAt(Math.min(scale.width() - 1, from + chartWidth - 1))
                .orElse(scale.years().lastQuarter());
        return List.of(first, last);
    }

    RowLayout layout() {
        return layout;
    }

    QuarterScale scale() {
        return scale;
    }

    double headerHeight() {
        return headerHeight;
    }

    double bodyHeight() {
        return bodyHeight;
    }

    LeftColumns columns() {
        return columns;
    }

    GlyphMetrics glyphs() {
        return glyphs;
    }

    GanttTooltip tooltip() {
        return input.tooltip();
    }
}
