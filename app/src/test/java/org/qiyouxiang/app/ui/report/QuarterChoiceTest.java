package org.qiyouxiang.app.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The year and quarter the report dialogs offer first, and the zoom steps of the preview. */
class QuarterChoiceTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024, 2024-05-06, 2
            2024, 2024-12-31, 4
            2023, 2024-05-06, 4
            2025, 2024-05-06, 1
            """)
    void theCurrentQuarterInTheCurrentYearAPastYearsLastAFutureYearsFirst(int year, LocalDate today, int quarter) {
        assertThat(QuarterChoice.suggested(OptionalInt.of(year), List.of(2023, 2024, 2025), today))
                .isEqualTo(new QuarterChoice(year, quarter));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024, 2024
            """)
    void withoutAYearLookedAtTheNewestStoredOne(int newest, int expected) {
        assertThat(QuarterChoice.suggested(OptionalInt.empty(), List.of(2023, newest), LocalDate.of(2024, 8, 1)))
                .isEqualTo(new QuarterChoice(expected, 3));
        assertThat(new QuarterChoice(2024, 3).label()).isEqualTo("2024年三季度");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1.0,  P100, P50
            1.09, P100, P75
            1.3333333333, P125, P75
            2.6666666667, P200, P150
            0.5,  P50,  P50
            """)
    void zoomStepsFromTheSizeShown(double shown, Zoom larger, Zoom smaller) {
        assertThat(Zoom.larger(shown)).isEqualTo(larger);
        assertThat(Zoom.smaller(shown)).isEqualTo(smaller);
    }
}
