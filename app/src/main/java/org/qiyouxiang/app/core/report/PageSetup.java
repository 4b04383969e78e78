package org.qiyouxiang.app.core.report;

/**
 * The paper and margins the report is printed on, in points (1/72 inch): A4 landscape with the margins
 * the Excel exports set, so the spreadsheet printed from Excel and the PDF lay out the same pages.
 */
public record PageSetup(double width, double height, double left, double right, double top, double bottom,
                        double footer) {

    public static final double POINTS_PER_INCH = 72;
    public static final double SIDE_MARGIN_INCHES = 0.4;
    public static final double TOP_MARGIN_INCHES = 0.5;
    public static final double BOTTOM_MARGIN_INCHES = 0.6;
    public static final double HEADER_FOOTER_MARGIN_INCHES = 0.3;

    /** A4 landscape, 297 × 210 mm. */
    public static final PageSetup A4_LANDSCAPE = new PageSetup(841.89, 595.28,
            SIDE_MARGIN_INCHES * POINTS_PER_INCH, SIDE_MARGIN_INCHES * POINTS_PER_INCH,
            TOP_MARGIN_INCHES * POINTS_PER_INCH, BOTTOM_MARGIN_INCHES * POINTS_PER_INCH,
            HEADER_FOOTER_MARGIN_INCHES * POINTS_PER_INCH);

    public double printableWidth() {
        return width - left - right;
    }

    public double printableHeight() {
        return height - top - bottom;
    }
}
