package org.qiyouxiang.app.core.gantt;

/**
 * Where a bar and its text sit inside a row and the quarters it spans. The row sizer and the painter
 * both ask here, so that the text drawn has the width its row was sized for.
 */
public final class BarGeometry {

    /** Gap between a bar's end and its quarter's border, so that neighbouring bars stay apart. */
    public static final double INSET_X = 3;
    /** Gap between a row's border and its bars. */
    public static final double ROW_PAD_Y = 4;
    /** Text padding inside a bar. */
    public static final double PAD_X = 6;
    public static final double PAD_Y = 4;
    /** Room for the lagging marker at the start of a bar. */
    public static final double MARKER_WIDTH = 18;
    /** A bar's text stops here; the tooltip has the rest. */
    public static final int MAX_BAR_LINES = 6;
    /** Names and units wrap up to here. */
    public static final int MAX_CELL_LINES = 3;

    private BarGeometry() {
    }

    /** The bar over the quarters it spans (timeline coordinates). */
    public static Span bar(Span quarters) {
        return new Span(quarters.x() + INSET_X, Math.max(1, quarters.width() - 2 * INSET_X));
    }

    /** Where the bar's text starts, left of it the marker if the bar lags. */
    public static double textX(Span bar, boolean marker) {
        return bar.x() + PAD_X + (marker ? MARKER_WIDTH : 0);
    }

    public static double textWidth(Span bar, boolean marker) {
        return Math.max(0, bar.width() - 2 * PAD_X - (marker ? MARKER_WIDTH : 0));
    }

    /** A row's height when bars carry no text: one line for the left columns, slim bars. */
    public static double compactRowHeight(double lineHeight) {
        return Math.ceil(lineHeight + 10);
    }

    /** A row's height for this many lines of text. */
    public static double rowHeight(int lines, double lineHeight) {
        return Math.max(1, lines) * lineHeight + 2 * (ROW_PAD_Y + PAD_Y);
    }
}
