package org.qiyouxiang.app.ui.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import org.qiyouxiang.app.core.report.Page;
import org.qiyouxiang.app.core.report.PageShape;

/**
 * A report page as JavaFX nodes, in points from the paper's top-left: a rectangle per fill, one path per
 * line colour and width, a text node per line of text. The preview scales this group to the screen and the
 * printer to its paper, so both show the very shapes the PDF is written from. Texts are drawn as the page
 * model wrapped them; one that is wider in the face at hand than its cell is narrowed, never re-wrapped.
 */
public final class PageNodes {

    private PageNodes() {
    }

    public static Group of(Page page, PageFonts fonts) {
        return of(page.shapes(), fonts);
    }

    static Group of(List<PageShape> shapes, PageFonts fonts) {
        Group group = new Group();
        Map<String, Path> paths = new LinkedHashMap<>();
        for (PageShape shape : shapes) {
            if (shape instanceof PageShape.Fill fill) {
                Rectangle rectangle = new Rectangle(fill.x(), fill.y(), fill.width(), fill.height());
                rectangle.setFill(Color.web(fill.colour()));
                group.getChildren().add(rectangle);
            } else if (shape instanceof PageShape.Stroke line) {
                Path path = paths.computeIfAbsent(line.colour() + "/" + line.lineWidth(), key -> {
                    Path created = new Path();
                    created.setStroke(Color.web(line.colour()));
                    created.setStrokeWidth(line.lineWidth());
                    created.setStrokeLineCap(StrokeLineCap.SQUARE);
                    created.setFill(null);
                    group.getChildren().add(created);
                    return created;
                });
                path.getElements().addAll(new MoveTo(line.x1(), line.y1()), new LineTo(line.x2(), line.y2()));
            } else if (shape instanceof PageShape.Text text) {
                group.getChildren().add(text(text, fonts));
            }
        }
        return group;
    }

    static Node text(PageShape.Text shape, PageFonts fonts) {
        Text text = new Text(shape.text());
        text.setFont(fonts.font(shape.font(), shape.size()));
        text.setFill(Color.web(shape.colour()));
        text.setTextOrigin(VPos.BASELINE);
        double natural = text.getLayoutBounds().getWidth();
        double width = natural;
        if (natural > shape.width() && natural > 0) {
            // Narrowed about its left edge, as the PDF narrows it: the row heights count lines, not glyphs.
            text.getTransforms().add(new Scale(shape.width() / natural, 1, 0, 0));
            width = shape.width();
        }
        double x = switch (shape.align()) {
            case LEFT -> shape.x();
            case CENTRE -> shape.x() + (shape.width() - width) / 2;
            case RIGHT -> shape.x() + shape.width() - width;
        };
        text.setLayoutX(x);
        text.setLayoutY(shape.baseline());
        return text;
    }
}
