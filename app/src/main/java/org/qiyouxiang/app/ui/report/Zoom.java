package org.qiyouxiang.app.ui.report;

import org.qiyouxiang.app.core.Messages;

/**
 * How large the print preview shows a page: the whole page or its width in the window, or a fixed size
 * where 100% is the paper's own size on the screen (96 pixels to the inch, 72 points).
 */
public enum Zoom {
    WHOLE_PAGE(0), PAGE_WIDTH(0), P50(0.5), P75(0.75), P100(1), P125(1.25), P150(1.5), P200(2);

    /** Screen pixels per printed point at 100%. */
    public static final double PIXELS_PER_POINT = 96.0 / 72.0;

    private final double factor;

    Zoom(double factor) {
        this.factor = factor;
    }

    /** True for the two sizes that follow the window. */
    public boolean fits() {
        return factor == 0;
    }

    /**
     * Pixels per point for a page of {@code width} × {@code height} points in a viewport of the given
     * pixels (less a margin round the paper).
     */
    public double scale(double width, double height, double viewportWidth, double viewportHeight) {
        double room = 2 * PrintPreviewModel.PAPER_MARGIN;
        return switch (this) {
            case WHOLE_PAGE -> Math.max(0.1, Math.min((viewportWidth - room) / width, (viewportHeight - room) / height));
            case PAGE_WIDTH -> Math.max(0.1, (viewportWidth - room) / width);
            default -> factor * PIXELS_PER_POINT;
        };
    }

    /** The next larger fixed size, from the size shown now ({@code shown} pixels per point). */
    public static Zoom larger(double shown) {
        for (Zoom zoom : values()) {
            if (!zoom.fits() && zoom.factor * PIXELS_PER_POINT > shown + 1e-6) {
                return zoom;
            }
        }
        return P200;
    }

    public static Zoom smaller(double shown) {
        Zoom found = P50;
        for (Zoom zoom : values()) {
            if (!zoom.fits() && zoom.factor * PIXELS_PER_POINT < shown - 1e-6) {
                found = zoom;
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return fits() ? Messages.get("printPreview.zoom." + name()) : Math.round(factor * 100) + "%";
    }
}
