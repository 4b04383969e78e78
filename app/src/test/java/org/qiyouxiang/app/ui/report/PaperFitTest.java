package org.qiyouxiang.app.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.core.report.PageSetup;

/** Where a report page lands on the printer's paper. */
class PaperFitTest {

    static final PageSetup A4 = PageSetup.A4_LANDSCAPE;

    @Test
    void aPrinterWithNarrowMarginsPrintsThePageAtFullSizeWhereThePdfPutsIt() {
        PaperFit fit = PaperFit.of(A4, 12, 12, A4.width() - 24, A4.height() - 24);

        assertThat(fit).isEqualTo(new PaperFit(1, -12, -12));
    }

    @Test
    void aPrinterWithoutMarginsPrintsThePageAsItIs() {
        assertThat(PaperFit.of(A4, 0, 0, A4.width(), A4.height())).isEqualTo(new PaperFit(1, 0, 0));
    }

    @Test
    void wideMarginsShrinkThePageToFitAndCentreItAcross() {
        PaperFit fit = PaperFit.of(A4, 36, 36, A4.width() - 72, A4.height() - 72);

        double contentWidth = A4.width() - A4.left() - A4.right();
        double contentHeight = A4.height() - A4.footer() + PaperFit.FOOT_DESCENT - A4.top();
        assertThat(fit.scale()).isLessThan(1).isCloseTo(Math.min((A4.width() - 72) / contentWidth,
                (A4.height() - 72) / contentHeight), within(1e-9));
        double left = A4.left() * fit.scale() + fit.translateX();
        double right = (A4.width() - A4.right()) * fit.scale() + fit.translateX();
        assertThat(left).isCloseTo(A4.width() - 72 - right, within(1e-9));
        assertThat(A4.top() * fit.scale() + fit.translateY()).isCloseTo(0, within(1e-9));
    }

    @Test
    void portraitPaperTakesTheLandscapePageScaledToItsWidth() {
        PaperFit fit = PaperFit.of(A4, 18, 18, A4.height() - 36, A4.width() - 36);

        assertThat(fit.scale()).isCloseTo((A4.height() - 36) / (A4.width() - A4.left() - A4.right()), within(1e-9));
    }
}
