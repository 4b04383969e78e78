package org.qiyouxiang.app.ui.gantt;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.qiyouxiang.app.core.gantt.GanttBar;
import org.qiyouxiang.app.core.gantt.GanttRow;
import org.qiyouxiang.app.core.gantt.GanttTexts;
import org.qiyouxiang.app.core.gantt.GroupKey;
import org.qiyouxiang.app.core.gantt.QuarterScale;
import org.qiyouxiang.app.core.gantt.RowLayout;
import org.qiyouxiang.db.model.Quarter;

/**
 * What the mouse and keys do on the chart: the wheel scrolls (Shift sideways, Ctrl zooms), hovering
 * shows a tooltip, a click on a heading opens or closes its group, a click on an item selects it, a
 * double-click on a quarter of its year asks to open that quarter's progress; ↑ ↓ move the selection.
 */
final class GanttInput {

    private static final double WHEEL_FACTOR = 1.5;
    private static final double ZOOM_STEP = 1.25;

    private final GanttViewSkin skin;
    private final GanttView view;
    private final GanttTooltip tooltip;
    private final EventHandler<KeyEvent> keys = this::key;

    GanttInput(GanttViewSkin skin, GanttView view, Canvas canvas) {
        this.skin = skin;
        this.view = view;
        this.tooltip = new GanttTooltip(canvas);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::wheel);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            tooltip.hide();
            skin.hover(-1, null);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            tooltip.hide();
            view.requestFocus();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    void dispose() {
        tooltip.hide();
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    GanttTooltip tooltip() {
        return tooltip;
    }

    /** What is under a point of the canvas: a row, and on the timeline its quarter and bar. */
    record Hit(int index, GanttRow row, Quarter quarter, GanttBar bar, boolean leftColumns) {
    }

    Optional<Hit> hitAt(double x, double y) {
        RowLayout layout = skin.layout();
        if (y < skin.headerHeight() || y >= skin.headerHeight() + skin.bodyHeight()) {
            return Optional.empty();
        }
        int index = layout.indexAt(y - skin.headerHeight() + view.getScrollY());
        if (index < 0) {
            return Optional.empty();
        }
        GanttRow row = layout.row(index);
        double left = skin.columns().width();
        if (x < left) {
            return Optional.of(new Hit(index, row, null, null, true));
        }
        Quarter quarter = skin.scale().quarterAt(x - left + view.getScrollX()).orElse(null);
        GanttBar bar = row instanceof GanttRow.Line line && quarter != null
                ? line.line().barAt(quarter).orElse(null) : null;
        return Optional.of(new Hit(index, row, quarter, bar, false));
    }

    private void wheel(ScrollEvent e) {
        if (e.isControlDown()) {
            double factor = e.getDeltaY() > 0 ? 1 / ZOOM_STEP : ZOOM_STEP;
            view.setZoom(QuarterScale.clampZoom(view.getYears(), view.getZoom() * factor));
        } else {
            double dx = e.getDeltaX();
            double dy = e.getDeltaY();
            if (e.isShiftDown() && dx == 0) {
                dx = dy;
                dy = 0;
            }
            view.setScrollX(view.getScrollX() - dx * WHEEL_FACTOR);
            view.setScrollY(view.getScrollY() - dy * WHEEL_FACTOR);
        }
        tooltip.hide();
        e.consume();
    }

    private void moved(MouseEvent e) {
        Optional<Hit> hit = hitAt(e.getX(), e.getY());
        skin.hover(hit.map(Hit::index).orElse(-1), hit.map(Hit::bar).orElse(null));
        if (hit.isEmpty() || !(hit.get().row() instanceof GanttRow.Line line)) {
            tooltip.hover(null, null, 0, 0);
            return;
        }
        Hit h = hit.get();
        if (h.leftColumns()) {
            tooltip.hover(line, GanttTexts.item(line), e.getScreenX(), e.getScreenY());
        } else if (h.quarter() != null && (h.bar() != null || h.quarter().year() == line.item().year())) {
            tooltip.hover(new TipKey(line, h.bar() != null ? h.bar() : h.quarter(), h.quarter()),
                    GanttTexts.quarter(line, h.bar(), h.quarter()), e.getScreenX(), e.getScreenY());
        } else {
            tooltip.hover(null, null, 0, 0);
        }
    }

    /** Moving within one bar keeps its tooltip; a spanning bar's quarters each have their own facts. */
    private record TipKey(GanttRow.Line line, Object target, Quarter quarter) {
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        Optional<Hit> hit = hitAt(e.getX(), e.getY());
        if (hit.isEmpty()) {
            return;
        }
        Hit h = hit.get();
        if (h.row() instanceof GanttRow.Group group) {
            if (e.getClickCount() == 1) {
                toggle(group.key());
            }
            return;
        }
        GanttRow.Line line = (GanttRow.Line) h.row();
        view.selectInChart(line.item().item());
        Consumer<ProgressRequest> open = view.getOnOpenProgress();
        if (e.getClickCount() == 2 && open != null && h.quarter() != null
                && h.quarter().year() == line.item().year()) {
            tooltip.hide();
            open.accept(new ProgressRequest(line.item().item(), h.quarter()));
        }
    }

    private void toggle(GroupKey key) {
        if (!view.getCollapsedGroups().remove(key)) {
            view.getCollapsedGroups().add(key);
        }
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case UP -> moveSelection(-1);
            case DOWN -> moveSelection(1);
            case PAGE_UP -> view.setScrollY(view.getScrollY() - skin.bodyHeight() * 0.9);
            case PAGE_DOWN -> view.setScrollY(view.getScrollY() + skin.bodyHeight() * 0.9);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The previous or next item's first line; from nothing selected, the first item. */
    private void moveSelection(int direction) {
        RowLayout layout = skin.layout();
        int current = view.getSelectedItem() == null ? -1 : layout.indexOf(view.getSelectedItem());
        int i = current < 0 ? (direction > 0 ? -1 : layout.size()) : current;
        for (i += direction; i >= 0 && i < layout.size(); i += direction) {
            if (layout.row(i) instanceof GanttRow.Line line && line.isFirst()) {
                view.setSelectedItem(line.item().item());
                return;
            }
        }
    }
}
