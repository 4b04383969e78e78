package org.qiyouxiang.app.ui.gantt;

import java.util.OptionalDouble;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.gantt.LeftColumns;
import org.qiyouxiang.app.core.gantt.LineBreaker;
import org.qiyouxiang.app.core.gantt.QuarterScale;
import org.qiyouxiang.app.core.gantt.Span;
import org.qiyouxiang.db.model.Quarter;

/** The time axis (years, quarters, months at the widest zoom), its grid lines, the today line, the column titles. */
final class AxisPainter {

    private AxisPainter() {
    }

    /** Years and quarters, and a month band when the month grid shows. */
    static double headerHeight(QuarterScale scale, double lineHeight) {
        double band = Math.ceil(lineHeight + 6);
        return band * 2 + (scale.showsMonthGrid() ? Math.ceil(lineHeight) : 0);
    }

    static double band(double lineHeight) {
        return Math.ceil(lineHeight + 6);
    }

    /** Quarter, year and month lines over the body. */
    static void grid(GraphicsContext gc, GanttFrame f) {
        GanttStyle.Role grid = f.palette().role(GanttStyle.GRID);
        QuarterScale scale = f.scale();
        double top = f.headerHeight();
        double bottom = Math.min(f.height(), f.rowY(f.layout().size()));
        gc.setLineWidth(1);
        if (scale.showsMonthGrid()) {
            gc.setStroke(grid.fill(2));
            for (QuarterScale.MonthMark mark : scale.monthMarks()) {
                vertical(gc, f.screenX(mark.x()), top, bottom, f);
            }
        }
        for (Quarter quarter : scale.years().allQuarters()) {
            gc.setStroke(quarter.quarter() == 1 ? grid.fill(1) : grid.fill(0));
            vertical(gc, f.screenX(scale.x(quarter)), top, bottom, f);
        }
        gc.setStroke(grid.fill(1));
        vertical(gc, f.screenX(scale.width()), top, bottom, f);
    }

    static void todayLine(GraphicsContext gc, GanttFrame f) {
        OptionalDouble x = todayX(f);
        if (x.isEmpty()) {
            return;
        }
        // Over bars that carry text, the line lets the text show through.
        Paint colour = f.palette().role(GanttStyle.TODAY).fill();
        if (f.scale().showsBarText() && colour instanceof Color c) {
            colour = c.deriveColor(0, 1, 1, 0.6);
        }
        gc.setStroke(colour);
        gc.setLineWidth(2);
        gc.strokeLine(x.getAsDouble(), f.headerHeight(), x.getAsDouble(), f.height());
        gc.setLineWidth(1);
    }

    private static OptionalDouble todayX(GanttFrame f) {
        if (f.today() == null) {
            return OptionalDouble.empty();
        }
        OptionalDouble x = f.scale().x(f.today());
        if (x.isEmpty()) {
            return x;
        }
        double screen = Math.round(f.screenX(x.getAsDouble()));
        return screen < f.chartLeft() || screen > f.width() ? OptionalDouble.empty() : OptionalDouble.of(screen);
    }

    /** The time axis over the chart; the column titles are drawn over whatever of it reaches left. */
    static void timeHeader(GraphicsContext gc, GanttFrame f) {
        GanttStyle.Role header = f.palette().role(GanttStyle.HEADER);
        QuarterScale scale = f.scale();
        double band = band(f.lineHeight());
        double left = f.chartLeft();
        gc.save();
        gc.setFill(header.fill(0));
        gc.fillRect(left, 0, f.chartWidth(), f.headerHeight());
        gc.setFont(header.font());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setStroke(header.fill(1));
        gc.setLineWidth(1);
        for (int year = scale.years().first(); year <= scale.years().last(); year++) {
            Span span = scale.yearSpan(year).shift(left - f.scrollX());
            // The year's name stays in sight while any of its quarters is.
            double from = Math.max(span.x(), left);
            double to = Math.min(span.end(), f.width());
            if (to > from) {
                gc.setFill(header.text());
                label(gc, Messages.get("gantt.year", year), from, to, band / 2, f);
            }
            vertical(gc, span.x(), 0, f.headerHeight(), f);
        }
        for (Quarter quarter : scale.years().allQuarters()) {
            Span span = scale.span(quarter).shift(left - f.scrollX());
            if (span.end() < left || span.x() > f.width()) {
                continue;
            }
            String full = Messages.get("quarter." + quarter.quarter());
            String text = LineBreaker.width(full, f.glyphs()) + 8 <= span.width() ? full
                    : Messages.get("gantt.quarterShort." + quarter.quarter());
            boolean current = f.today() != null && Quarter.of(f.today()).equals(quarter);
            if (current) {
                gc.setFill(f.palette().role(GanttStyle.TODAY).fill());
                gc.fillRect(span.x() + 1, band * 2 - 3, span.width() - 1, 3);
            }
            gc.setFill(current ? f.palette().role(GanttStyle.TODAY).fill() : header.text());
            gc.fillText(text, span.x() + span.width() / 2, band * 1.5);
            vertical(gc, span.x(), band, f.headerHeight(), f);
        }
        if (scale.showsMonthGrid()) {
            monthBand(gc, f, band * 2);
        }
        horizontal(gc, left, f.width(), band, f);
        horizontal(gc, left, f.width(), f.headerHeight() - 0.5, f);
        todayMark(gc, f);
        gc.restore();
    }

    private static void monthBand(GraphicsContext gc, GanttFrame f, double top) {
        GanttStyle.Role muted = f.palette().role(GanttStyle.MUTED);
        gc.setFont(f.palette().role(GanttStyle.TODAY).font());
        gc.setFill(muted.text());
        for (QuarterScale.MonthMark middle : f.scale().monthMiddles()) {
            double x = f.screenX(middle.x());
            if (x > f.chartLeft() - 40 && x < f.width() + 40) {
                gc.fillText(Messages.get("gantt.month", middle.month()), x, top + f.lineHeight() / 2);
            }
        }
        gc.setStroke(f.palette().role(GanttStyle.HEADER).fill(1));
        for (QuarterScale.MonthMark mark : f.scale().monthMarks()) {
            vertical(gc, f.screenX(mark.x()), top + 3, f.headerHeight() - 3, f);
        }
        horizontal(gc, f.chartLeft(), f.width(), top, f);
    }

    /** A small pointer at the foot of the axis, where the today line starts. */
    private static void todayMark(GraphicsContext gc, GanttFrame f) {
        OptionalDouble x = todayX(f);
        if (x.isEmpty()) {
            return;
        }
        double cx = x.getAsDouble();
        double bottom = f.headerHeight();
        gc.setFill(f.palette().role(GanttStyle.TODAY).fill());
        gc.fillPolygon(new double[] {cx - 5, cx + 5, cx}, new double[] {bottom - 6, bottom - 6, bottom}, 3);
    }

    /** The legend and, below it, the column titles above the left part. */
    static void columnTitles(GraphicsContext gc, GanttFrame f) {
        GanttStyle.Role header = f.palette().role(GanttStyle.HEADER);
        LeftColumns c = f.columns();
        double band = band(f.lineHeight());
        gc.setFill(header.fill(0));
        gc.fillRect(0, 0, c.width(), f.headerHeight());
        Legend.paint(gc, f, band);
        gc.setFill(header.text());
        gc.setFont(header.font());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        double y = band + (f.headerHeight() - band) / 2;
        gc.setStroke(header.fill(1));
        horizontal(gc, 0, c.width(), band, f);
        gc.fillText(Messages.get("gantt.column.number"), c.number() / 2, y);
        gc.fillText(Messages.get("gantt.column.name"), c.nameX() + c.name() / 2, y);
        gc.fillText(Messages.get("gantt.column.units"), c.unitsX() + c.units() / 2, y);
        vertical(gc, c.nameX(), band, f.headerHeight(), f);
        vertical(gc, c.unitsX(), band, f.headerHeight(), f);
        horizontal(gc, 0, c.width(), f.headerHeight() - 0.5, f);
    }

    private static void label(GraphicsContext gc, String text, double from, double to, double y, GanttFrame f) {
        double width = LineBreaker.width(text, f.glyphs());
        if (width + 8 <= to - from) {
            gc.fillText(text, (from + to) / 2, y);
        }
    }

    /** A crisp one-pixel line: on the pixel's middle. */
    static void vertical(GraphicsContext gc, double x, double top, double bottom, GanttFrame f) {
        double px = Math.floor(x) + 0.5;
        if (px >= 0 && px <= f.width() + 1) {
            gc.strokeLine(px, top, px, bottom);
        }
    }

    static void horizontal(GraphicsContext gc, double left, double right, double y, GanttFrame f) {
        double py = Math.floor(y) + 0.5;
        if (py >= 0 && py <= f.height() + 1) {
            gc.strokeLine(left, py, right, py);
        }
    }
}
