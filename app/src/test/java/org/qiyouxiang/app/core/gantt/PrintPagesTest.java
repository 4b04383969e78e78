package org.qiyouxiang.app.core.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintPagesTest {

    @Test
    void rowsFillPagesInOrderAndPagesAreNumberedOfTheTotal() {
        double[] heights = new double[10];
        Arrays.fill(heights, 100);

        assertThat(PrintPages.split(heights, new boolean[0], 350)).containsExactly(
                new PrintPages.Page(1, 4, 0, 2),
                new PrintPages.Page(2, 4, 3, 5),
                new PrintPages.Page(3, 4, 6, 8),
                new PrintPages.Page(4, 4, 9, 9));
    }

    @Test
    void aGroupHeadingIsNotLeftAloneAtTheFootOfAPage() {
        double[] heights = {30, 100, 100, 30, 100, 100};
        boolean[] headings = {true, false, false, true, false, false};

        List<PrintPages.Page> pages = PrintPages.split(heights, headings, 270);

        assertThat(pages).extracting(p -> p.firstRow() + "-" + p.lastRow()).containsExactly("0-2", "3-5");
    }

    @Test
    void aRowTallerThanThePageGetsAPageOfItsOwn() {
        List<PrintPages.Page> pages = PrintPages.split(new double[] {50, 900, 50}, new boolean[0], 400);

        assertThat(pages).extracting(p -> p.firstRow() + "-" + p.lastRow()).containsExactly("0-0", "1-1", "2-2");
    }

    @Test
    void rowsThatFitExactlyShareAPage() {
        assertThat(PrintPages.split(new double[] {100, 100, 100}, new boolean[0], 300)).hasSize(1);
    }

    @Test
    void noRowsNoPages() {
        assertThat(PrintPages.split(new double[0], new boolean[0], 300)).isEmpty();
    }

    @Test
    void aLandscapeA4PageFitsTheColumnsAndTheQuartersAtThePrintScale() {
        // A4 landscape 842 x 595 pt with 36 pt margins leaves 770 x 523.
        double quarterWidth = PrintPages.quarterWidth(770, 442, 4);

        assertThat(442 + 4 * quarterWidth).isCloseTo(770 / PrintPages.PRINT_SCALE, within(0.001));
        assertThat(PrintPages.bodyHeight(523, 48, 40)).isCloseTo(523 / 0.75 - 88, within(0.001));
    }
}
