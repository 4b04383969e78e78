package org.qiyouxiang.app.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiyouxiang.db.model.Quarter;

/** Which quarter the dashboard opens on, and how it writes its figures. */
class DashboardPeriodTest {

    @ParameterizedTest(name = "lists {0}, today {1}: {2} Q{3}")
    @CsvSource(textBlock = """
            2024,           2024-05-20, 2024, 2
            2024,           2024-12-31, 2024, 4
            2024,           2026-11-23, 2024, 4
            2024,           2023-09-01, 2024, 1
            2023 2024 2025, 2025-01-02, 2025, 1
            2023 2025,      2024-08-01, 2023, 4
            2025 2026,      2024-08-01, 2025, 1
            """)
    void opensOnTodaysQuarterClampedToTheYearsWithAList(String years, LocalDate today, int year, int quarter) {
        List<Integer> stored = Arrays.stream(years.split(" ")).map(Integer::valueOf).toList();

        assertThat(DashboardPeriod.defaultFor(stored, today)).isEqualTo(new Quarter(year, quarter));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024, 1, 2024, 1
            2023, 3, 2024, 3
            """)
    void aChosenQuarterStaysWhileItsYearIsStored(int chosenYear, int chosenQuarter, int year, int quarter) {
        assertThat(DashboardPeriod.choose(List.of(2024), chosenYear, chosenQuarter, LocalDate.of(2024, 7, 10)))
                .isEqualTo(new Quarter(year, quarter));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0.6667, 67%
            1,      100%
            0,      0%
            0.005,  1%
            """)
    void ratesAreWholePercents(BigDecimal ratio, String text) {
        assertThat(DashboardTexts.percent(ratio)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", textBlock = """
            2,    ↑2,   上升2位
            -1,   ↓1,   下降1位
            0,    持平, 持平
            null, —,    —
            """)
    void rankMovesAreArrowsWithWordsInTheTooltip(Integer change, String arrow, String words) {
        assertThat(DashboardTexts.rankChange(change)).isEqualTo(arrow);
        assertThat(DashboardTexts.rankChangeInWords(change)).isEqualTo(words);
    }
}
