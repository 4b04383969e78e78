package org.qiyouxiang.app.core.report;

/**
 * What a printed page is drawn with, in points from the page's top-left corner, y downwards: filled
 * rectangles, lines and single lines of text. The PDF writer and the window's print preview (and its
 * javafx.print path) draw exactly these, so paper and screen agree.
 */
public sealed interface PageShape {

    /** A filled rectangle; {@code colour} is {@code #rrggbb}. */
    record Fill(double x, double y, double width, double height, String colour) implements PageShape {
    }

    /** A straight line. */
    record Stroke(double x1, double y1, double x2, double y2, double lineWidth, String colour) implements PageShape {
    }

    /**
     * One line of text on its baseline, aligned within {@code [x, x + width]}. A renderer whose font draws the
     * text wider than {@code width} narrows it to fit rather than letting it cross the cell's border.
     *
     * @param size the font size in points, already scaled to the page
     */
    record Text(String text, double x, double baseline, double width, Align align, FontRole font, double size,
                String colour) implements PageShape {
    }

    enum Align { LEFT, CENTRE, RIGHT }

    /** Which of the official faces a text is set in: 方正小标宋 titles, 黑体 headers, 仿宋 body. */
    enum FontRole { TITLE, HEADER, BODY }
}
