package org.qiyouxiang.app.ui.gantt;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.gantt.BarGeometry;
import org.qiyouxiang.app.core.gantt.GanttRow;
import org.qiyouxiang.app.core.gantt.LeftColumns;
import org.qiyouxiang.app.core.gantt.LineBreaker;
import org.qiyouxiang.app.core.gantt.RowSizer;
import org.qiyouxiang.app.core.gantt.VisibleRange;

/**
 * Paints a frame of the chart: row backgrounds, the grid, the bars, the left columns, then the time
 * axis and column titles over them. Only the visible rows are visited, so a paint costs the same for
 * ninety rows as for ten thousand.
 */
final class GanttPainter {

    private static final double INDENT = 18;

    private GanttPainter() {
    }

    /**
     * Draws without clipping (a canvas clip costs a layer the size of the canvas, in software seconds per
     * printed page): the chart first, then the left part and the time axis over it on opaque grounds.
     */
    static void paint(GraphicsContext gc, GanttFrame f) {
        gc.save();
        Paint ground = f.palette().role(GanttStyle.ROW).fill(0);
        gc.setFill(ground);
        gc.fillRect(0, 0, f.width(), f.height());
        VisibleRange visible = f.visible();
        for (int i = visible.first(); i <= visible.last(); i++) {
            background(gc, f, i, f.chartLeft(), f.width());
        }
        AxisPainter.grid(gc, f);
        for (int i = visible.first(); i <= visible.last(); i++) {
            if (f.layout().row(i) instanceof GanttRow.Line line) {
                BarPainter.paint(gc, f, i, line.line(), f.rowY(i), f.layout().height(i));
            }
        }
        AxisPainter.todayLine(gc, f);
        gc.setFill(ground);
        gc.fillRect(0, f.headerHeight(), f.chartLeft(), f.bodyHeight());
        for (int i = visible.first(); i <= visible.last(); i++) {
            background(gc, f, i, 0, f.chartLeft());
            cells(gc, f, i);
        }
        columnLines(gc, f);
        if (f.layout().size() == 0) {
            empty(gc, f);
        }
        AxisPainter.timeHeader(gc, f);
        AxisPainter.columnTitles(gc, f);
        gc.setStroke(f.palette().role(GanttStyle.HEADER).fill(1));
        AxisPainter.vertical(gc, f.chartLeft() - 1, 0, f.height(), f);
        gc.restore();
    }

    /** A row's background from {@code left} to {@code right}, and the line under an item's last row. */
    private static void background(GraphicsContext gc, GanttFrame f, int i, double left, double right) {
        double y = f.rowY(i);
        double h = f.layout().height(i);
        double w = right - left;
        GanttRow row = f.layout().row(i);
        GanttStyle.Role rows = f.palette().role(GanttStyle.ROW);
        if (row instanceof GanttRow.Group group) {
            gc.setFill(f.palette().role(group.key().isArea() ? GanttStyle.AREA : GanttStyle.KIND).fill());
            gc.fillRect(left, y, w, h);
        } else if (((GanttRow.Line) row).item().item() == f.selected() && f.selected() != null) {
            GanttStyle.Role selected = f.palette().role(GanttStyle.SELECTED);
            gc.setFill(selected.fill(0));
            gc.fillRect(left, y, w, h);
            if (left == 0) {
                gc.setFill(selected.fill(1));
                gc.fillRect(0, y, 3, h);
            }
        } else if (f.layout().odd(i)) {
            gc.setFill(rows.fill(1));
            gc.fillRect(left, y, w, h);
        }
        if (f.layout().endsItem(i)) {
            gc.setStroke(rows.fill(2));
            gc.setLineWidth(1);
            AxisPainter.horizontal(gc, left, right, y + h - 1, f);
        }
    }

    private static void cells(GraphicsContext gc, GanttFrame f, int i) {
        GanttRow row = f.layout().row(i);
        double y = f.rowY(i);
        if (row instanceof GanttRow.Group group) {
            groupLabel(gc, f, group, y, f.layout().height(i));
            return;
        }
        GanttRow.Line line = (GanttRow.Line) row;
        LeftColumns c = f.columns();
        boolean wrap = f.scale().showsBarText();
        double textTop = wrap ? y + BarGeometry.ROW_PAD_Y + BarGeometry.PAD_Y
                : y + f.layout().height(i) / 2 - f.lineHeight() / 2;
        GanttStyle.Role text = f.palette().role(GanttStyle.TEXT);
        GanttStyle.Role muted = f.palette().role(GanttStyle.MUTED);
        // Names and units wrap like milestones: in the font the rows were measured in.
        gc.setFont(f.palette().role(GanttStyle.BAR).font());
        gc.setTextBaseline(VPos.CENTER);
        if (line.isFirst()) {
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setFill(text.text());
            String number = line.item().item().number();
            gc.fillText(number == null ? "" : number, c.number() / 2, textTop + f.lineHeight() / 2);
            if (line.item().lagging()) {
                gc.setFill(f.palette().role(GanttStyle.MARKER).fill());
                gc.fillOval(c.number() - 12, textTop + f.lineHeight() / 2 - 3.5, 7, 7);
            }
        } else {
            gc.setStroke(muted.text());
            double x = c.number() / 2;
            gc.strokeLine(x + 0.5, y, x + 0.5, y + f.layout().height(i) / 2);
            gc.strokeLine(x + 0.5, y + f.layout().height(i) / 2 + 0.5, x + 10, y + f.layout().height(i) / 2 + 0.5);
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(line.isFirst() ? text.text() : muted.text());
        lines(gc, f, RowSizer.cellName(line), c.nameX() + LeftColumns.PAD_X, textTop, c.nameTextWidth(), wrap);
        gc.setFill(text.text());
        lines(gc, f, line.line().unitsText(), c.unitsX() + LeftColumns.PAD_X, textTop, c.unitsTextWidth(), wrap);
    }

    private static void lines(GraphicsContext gc, GanttFrame f, String value, double x, double top, double width,
                              boolean wrap) {
        if (value == null || value.isBlank()) {
            return;
        }
        List<String> lines = wrap ? LineBreaker.wrap(value, width, f.glyphs(), BarGeometry.MAX_CELL_LINES)
                : List.of(LineBreaker.fit(value.replace('\n', ' '), width, f.glyphs()));
        double y = top + f.lineHeight() / 2;
        for (String line : lines) {
            gc.fillText(line, x, y);
            y += f.lineHeight();
        }
    }

    private static void groupLabel(GraphicsContext gc, GanttFrame f, GanttRow.Group group, double y, double h) {
        GanttStyle.Role style = f.palette().role(group.key().isArea() ? GanttStyle.AREA : GanttStyle.KIND);
        double x = 10 + group.key().level() * INDENT;
        double cy = y + h / 2;
        gc.setFill(style.text());
        boolean collapsed = f.collapsed().contains(group.key());
        if (collapsed) {
            gc.fillPolygon(new double[] {x, x + 7, x}, new double[] {cy - 5, cy, cy + 5}, 3);
        } else {
            gc.fillPolygon(new double[] {x - 1, x + 9, x + 4}, new double[] {cy - 3, cy - 3, cy + 3}, 3);
        }
        gc.setFont(style.font());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(Messages.get("gantt.group", group.label(), group.count()), x + 16, cy);
    }

    private static void columnLines(GraphicsContext gc, GanttFrame f) {
        gc.setStroke(f.palette().role(GanttStyle.ROW).fill(2));
        gc.setLineWidth(1);
        double bottom = Math.min(f.height(), f.rowY(f.layout().size()));
        VisibleRange visible = f.visible();
        // Column lines run through item rows only; group headings span the left part whole.
        for (int i = visible.first(); i <= visible.last(); i++) {
            if (f.layout().row(i) instanceof GanttRow.Line) {
                double top = f.rowY(i);
                double end = Math.min(bottom, top + f.layout().height(i));
                AxisPainter.vertical(gc, f.columns().nameX(), top, end, f);
                AxisPainter.vertical(gc, f.columns().unitsX(), top, end, f);
            }
        }
    }

    private static void empty(GraphicsContext gc, GanttFrame f) {
        GanttStyle.Role muted = f.palette().role(GanttStyle.MUTED);
        gc.setFill(muted.text());
        gc.setFont(muted.font());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(f.emptyText(), f.chartLeft() + f.chartWidth() / 2,
                f.headerHeight() + Math.min(120, f.bodyHeight() / 2));
    }
}
