package org.qiyouxiang.app.ui.report;

import org.qiyouxiang.app.core.report.PageSetup;

/**
 * Where a report page goes on the printer's paper. The page model counts points from the paper's top-left
 * corner with its own margins; a printer draws from the top-left of its printable area. Where the page's
 * content (inside the model's margins, the foot line included) fits the printable area at its own place,
 * it is printed there at full size, as the PDF puts it; otherwise (a printer with wide margins, portrait
 * paper chosen in 页面设置) it is scaled down to fit and centred across the printable width.
 *
 * @param scale     printed points per page point, at most 1
 * @param translateX where the page's origin goes, in points from the printable area's left
 * @param translateY the same from the printable area's top
 */
public record PaperFit(double scale, double translateX, double translateY) {

    /** The foot line's glyphs reach this far below its baseline, in points. */
    static final double FOOT_DESCENT = 4;

    /**
     * @param leftMargin       the printable area's left edge on the paper, in points
     * @param topMargin        its top edge
     * @param printableWidth   its width
     * @param printableHeight  its height
     */
    public static PaperFit of(PageSetup page, double leftMargin, double topMargin, double printableWidth,
                              double printableHeight) {
        double minX = page.left();
        double maxX = page.width() - page.right();
        double minY = page.top();
        double maxY = page.height() - page.footer() + FOOT_DESCENT;
        boolean fitsInPlace = minX >= leftMargin && minY >= topMargin
                && maxX <= leftMargin + printableWidth + 1e-6 && maxY <= topMargin + printableHeight + 1e-6;
        if (fitsInPlace) {
            return new PaperFit(1, 0.0 - leftMargin, 0.0 - topMargin);
        }
        double width = maxX - minX;
        double height = maxY - minY;
        double scale = Math.min(1, Math.min(printableWidth / width, printableHeight / height));
        return new PaperFit(scale, (printableWidth - width * scale) / 2 - minX * scale, -minY * scale);
    }
}
