package org.qiyouxiang.app.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiyouxiang.app.excel.WorkListLayout.Cell;
import org.qiyouxiang.app.excel.WorkListLayout.Region;

/** Rows are tall enough for their wrapped text: Chinese counts double, line breaks count. */
class RowHeightsTest {

    /** Ten columns of 11 characters: room for 10 after the cell's inner margins. */
    private static final int[] ELEVEN_CHARS = {2816, 2816, 2816, 2816, 2816, 2816, 2816, 2816, 2816, 2816};

    @ParameterizedTest
    @CsvSource(textBlock = """
            '',                       1
            托位使用率,               1
            托位使用率托位,           2
            abcdefghij,               1
            abcdefghijk,              2
            '1.总结\\n2.提炼',        2
            'aaaa bbbbbb',            2
            abcdefghijabcdefghijab,   3
            托育服务2.6托育,          2
            """)
    void countsWrappedLines(String text, int lines) {
        assertThat(RowHeights.lineCount(text.replace("\\n", "\n"), 11)).isEqualTo(lines);
    }

    @Test
    void givesEachLineFifteenPointsAndFourToSpare() {
        assertThat(RowHeights.pointsFor(3)).isEqualTo(49f);
    }

    @Test
    void neverGoesBelowTheOneLineHeight() {
        assertThat(RowHeights.pointsFor(0)).isEqualTo(19f);
    }

    @Test
    void fitsTheTallestCellOfARow() {
        List<Cell> cells = List.of(new Cell(0, 0, "一"), new Cell(0, 1, "一二三四五六七八"));

        float[] heights = new RowHeights(ELEVEN_CHARS).heights(0, 1, cells, List.of());

        assertThat(heights).containsExactly(34f);
    }

    @Test
    void measuresATextMergedAcrossColumnsOverTheirWidth() {
        List<Cell> cells = List.of(new Cell(0, 0, "一二三四五六七八"));
        List<Region> regions = List.of(new Region(0, 0, 0, 1));

        float[] heights = new RowHeights(ELEVEN_CHARS).heights(0, 1, cells, regions);

        assertThat(heights).containsExactly(19f);
    }

    @Test
    void spreadsWhatAMergedTextLacksOverItsRows() {
        String sixLines = "一\n二\n三\n四\n五\n六";
        List<Cell> cells = List.of(new Cell(0, 0, sixLines));
        List<Region> regions = List.of(new Region(0, 1, 0, 0));

        float[] heights = new RowHeights(ELEVEN_CHARS).heights(0, 2, cells, regions);

        assertThat(heights).containsExactly(47f, 47f);
    }

    @Test
    void staysWithinExcelsTallestRow() {
        List<Cell> cells = List.of(new Cell(0, 0, "一\n".repeat(40)));

        float[] heights = new RowHeights(ELEVEN_CHARS).heights(0, 1, cells, List.of());

        assertThat(heights).containsExactly(409f);
    }
}
