package org.qiyouxiang.app.ui.gantt;

import java.util.Arrays;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.qiyouxiang.app.core.gantt.GlyphWidths;

/**
 * Measures characters of the chart's text font once each, so that wrapping ten thousand rows costs an
 * array look-up per character. A change of font (CSS, Windows scaling) starts afresh.
 */
final class GlyphMetrics implements GlyphWidths {

    private final Text probe = new Text();
    private final float[] widths = new float[0x10000];
    private Font font;

    GlyphMetrics() {
        Arrays.fill(widths, Float.NaN);
    }

    /** @return true when the font changed, so that rows must be measured again */
    boolean use(Font newFont) {
        if (newFont.equals(font)) {
            return false;
        }
        font = newFont;
        probe.setFont(newFont);
        Arrays.fill(widths, Float.NaN);
        return true;
    }

    Font font() {
        return font;
    }

    /** Lines of wrapped text are this far apart. */
    double lineHeight() {
        return Math.ceil(font.getSize() * 1.42);
    }

    @Override
    public double advance(int codePoint) {
        if (codePoint < widths.length) {
            float known = widths[codePoint];
            if (Float.isNaN(known)) {
                known = (float) measure(codePoint);
                widths[codePoint] = known;
            }
            return known;
        }
        return measure(codePoint);
    }

    private double measure(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r') {
            return 0;
        }
        probe.setText(new String(Character.toChars(codePoint)));
        return probe.getLayoutBounds().getWidth();
    }
}
