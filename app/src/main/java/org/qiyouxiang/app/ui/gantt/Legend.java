package org.qiyouxiang.app.ui.gantt;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.qiyouxiang.app.core.gantt.GanttTexts;
import org.qiyouxiang.app.core.gantt.LineBreaker;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.model.Status;

/**
 * What the colours mean, in the chart's top-left corner: on screen, in the picture and on every printed page.
 * Each swatch is a small bar as the chart draws one with text: the tint, edged in the full colour (lagging's
 * edge twice as thick, as its bars are).
 */
final class Legend {

    private static final List<Status> SHOWN = List.of(Status.DONE, Status.ON_TRACK, Status.LAGGING, Status.NOT_DUE);
    private static final double SWATCH = 12;

    private Legend() {
    }

    static void paint(GraphicsContext gc, GanttFrame f, double height) {
        GanttStyle.Role text = f.palette().role(GanttStyle.MUTED);
        gc.setFont(text.font());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double x = 10;
        double cy = height / 2;
        for (Status status : SHOWN) {
            x = swatch(gc, f, text, f.palette().status(status), GanttTexts.status(status), x, cy,
                    status == Status.LAGGING ? 2 : 1);
        }
        x = swatch(gc, f, text, f.palette().role(GanttStyle.UNREPORTED), Messages.get("gantt.unreported"), x, cy, 1);
        gc.setFill(f.palette().role(GanttStyle.TODAY).fill());
        gc.fillRect(x + SWATCH / 2 - 1, cy - SWATCH / 2 - 1, 2, SWATCH + 2);
        x += SWATCH + 4;
        label(gc, f, text, Messages.get("gantt.today"), x, cy);
    }

    private static double swatch(GraphicsContext gc, GanttFrame f, GanttStyle.Role text, GanttStyle.Role colour,
                                 String name, double x, double cy, double edge) {
        gc.setFill(colour.fill(0));
        gc.fillRect(x, cy - SWATCH / 2, SWATCH, SWATCH);
        gc.setStroke(colour.fill(1));
        gc.setLineWidth(edge);
        gc.strokeRect(x + edge / 2, cy - SWATCH / 2 + edge / 2, SWATCH - edge, SWATCH - edge);
        gc.setLineWidth(1);
        return label(gc, f, text, name, x + SWATCH + 4, cy) + 12;
    }

    private static double label(GraphicsContext gc, GanttFrame f, GanttStyle.Role style, String value, double x,
                                double y) {
        gc.setFill(style.text());
        gc.fillText(value, x, y);
        return x + LineBreaker.width(value, f.glyphs());
    }
}
