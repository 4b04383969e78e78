package org.qiyouxiang.app.ui.gantt;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;
import org.qiyouxiang.app.core.gantt.BarGeometry;
import org.qiyouxiang.app.core.gantt.GanttBar;
import org.qiyouxiang.app.core.gantt.GanttLine;
import org.qiyouxiang.app.core.gantt.LineBreaker;
import org.qiyouxiang.app.core.gantt.Span;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.Status;

/**
 * A line's milestones as bars. Each quarter of a bar is coloured by that quarter's status: a light
 * tint with a stripe of the full colour when the bar carries its text, the full colour when it is too
 * narrow to. A bar that lags anywhere gets a red edge and a "!" marker before its text.
 */
final class BarPainter {

    private static final double STRIPE = 3;
    private static final double MARKER_RADIUS = 7;

    private BarPainter() {
    }

    static void paint(GraphicsContext gc, GanttFrame f, int rowIndex, GanttLine line, double rowTop, double rowHeight) {
        boolean text = f.scale().showsBarText();
        double top = Math.round(rowTop + BarGeometry.ROW_PAD_Y);
        double height = Math.round(rowHeight - 2 * BarGeometry.ROW_PAD_Y);
        if (!text) {
            top = Math.round(rowTop + rowHeight / 2 - f.lineHeight() / 2 + 1);
            height = Math.round(f.lineHeight() - 2);
        }
        for (GanttBar bar : line.bars()) {
            Span box = BarGeometry.bar(f.scale().span(bar.from(), bar.to())).shift(f.chartLeft() - f.scrollX());
            if (box.end() < f.chartLeft() || box.x() > f.width()) {
                continue;
            }
            Span snapped = new Span(Math.round(box.x()), Math.round(box.end()) - Math.round(box.x()));
            segments(gc, f, bar, snapped, top, height, text);
            outline(gc, f, bar, snapped, top, height, rowIndex);
            if (bar.lagging()) {
                marker(gc, f, text ? snapped : firstLagging(f, bar, snapped), top, height, text);
            }
            if (text) {
                text(gc, f, bar, box, top, height);
            }
        }
    }

    private static void segments(GraphicsContext gc, GanttFrame f, GanttBar bar, Span box, double top, double height,
                                 boolean text) {
        for (Quarter quarter = bar.from(); quarter.compareTo(bar.to()) <= 0; quarter = quarter.next()) {
            Span q = f.scale().span(quarter).shift(f.chartLeft() - f.scrollX());
            double from = Math.max(box.x(), Math.round(q.x()));
            double to = Math.min(box.end(), Math.round(q.end()));
            GanttStyle.Role status = f.palette().quarter(bar, quarter);
            gc.setFill(text ? status.fill(0) : status.fill(1));
            gc.fillRect(from, top, to - from, height);
            if (text) {
                gc.setFill(status.fill(1));
                gc.fillRect(from, top + height - STRIPE, to - from, STRIPE);
            }
        }
    }

    private static void outline(GraphicsContext gc, GanttFrame f, GanttBar bar, Span box, double top, double height,
                                int rowIndex) {
        boolean hovered = rowIndex == f.hoverRow() && bar == f.hoverBar();
        Paint edge = hovered ? f.palette().role(GanttStyle.HOVER).fill() : edgeColour(f, bar);
        double width = hovered || bar.lagging() ? 2 : 1;
        gc.setStroke(edge);
        gc.setLineWidth(width);
        double inset = width / 2;
        gc.strokeRect(box.x() + inset, top + inset, box.width() - width, height - width);
        gc.setLineWidth(1);
    }

    /** A bar of one status edges in its colour; a lagging one in red; a mixed one in the colour of its last quarter. */
    private static Paint edgeColour(GanttFrame f, GanttBar bar) {
        if (bar.lagging()) {
            return f.palette().status(Status.LAGGING).fill(1);
        }
        return f.palette().quarter(bar, bar.to()).fill(1);
    }

    /** Without text, the marker sits in the first quarter that lags. */
    private static Span firstLagging(GanttFrame f, GanttBar bar, Span box) {
        for (Quarter quarter = bar.from(); quarter.compareTo(bar.to()) <= 0; quarter = quarter.next()) {
            if (bar.status(quarter) == Status.LAGGING) {
                Span q = f.scale().span(quarter).shift(f.chartLeft() - f.scrollX());
                double from = Math.max(box.x(), Math.round(q.x()));
                return new Span(from, Math.min(box.end(), Math.round(q.end())) - from);
            }
        }
        return box;
    }

    private static void marker(GraphicsContext gc, GanttFrame f, Span box, double top, double height, boolean text) {
        GanttStyle.Role marker = f.palette().role(GanttStyle.MARKER);
        double radius = Math.min(MARKER_RADIUS, (height - 2) / 2);
        if (box.width() < radius * 2 + 4) {
            return;
        }
        double cx = box.x() + (text ? BarGeometry.PAD_X + radius : radius + 2);
        double cy = text ? top + BarGeometry.PAD_Y + f.lineHeight() / 2 : top + height / 2;
        if (!text) {
            // On a bar of full red, the marker is a white disc with a red mark.
            gc.setFill(marker.text());
            gc.fillOval(cx - radius, cy - radius, radius * 2, radius * 2);
            gc.setFill(marker.fill());
        } else {
            gc.setFill(marker.fill());
            gc.fillOval(cx - radius, cy - radius, radius * 2, radius * 2);
            gc.setFill(marker.text());
        }
        gc.setFont(marker.font());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("!", cx, cy + 0.5);
    }

    private static void text(GraphicsContext gc, GanttFrame f, GanttBar bar, Span box, double top, double height) {
        double width = BarGeometry.textWidth(box, bar.lagging());
        List<String> lines = LineBreaker.wrap(bar.milestone().text(), width, f.glyphs(), BarGeometry.MAX_BAR_LINES);
        if (lines.isEmpty()) {
            return;
        }
        GanttStyle.Role style = f.palette().role(GanttStyle.BAR);
        // No clip: the lines were broken to this width, and the row was sized for them.
        gc.setFont(style.font());
        gc.setFill(style.text());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double x = BarGeometry.textX(box, bar.lagging());
        double y = top + BarGeometry.PAD_Y + f.lineHeight() / 2;
        for (String line : lines) {
            gc.fillText(line, x, y);
            y += f.lineHeight();
        }
    }
}
