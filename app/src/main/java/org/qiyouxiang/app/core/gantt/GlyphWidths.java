package org.qiyouxiang.app.core.gantt;

/**
 * How wide a character is drawn in the chart's font, in pixels. The screen measures its font; tests
 * use fixed widths, so that wrapping is specified without a toolkit.
 */
@FunctionalInterface
public interface GlyphWidths {

    double advance(int codePoint);

    /** A font where ideographs and full-width marks are {@code em} wide and everything else half that. */
    static GlyphWidths fixed(double em) {
        return cp -> LineBreaker.isWide(cp) ? em : em / 2;
    }
}
