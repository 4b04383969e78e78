package org.qiyouxiang.app.core.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiyouxiang.db.model.Quarter;

class QuarterScaleTest {

    private final QuarterScale scale = new QuarterScale(YearRange.PROGRAMME, 100);

    @Test
    void everyQuarterOfTheProgrammeHasItsPlaceInOrder() {
        List<Quarter> quarters = YearRange.PROGRAMME.allQuarters();

        assertThat(quarters).hasSize(20).startsWith(new Quarter(2023, 1)).endsWith(new Quarter(2027, 4));
        for (int i = 0; i < quarters.size(); i++) {
            assertThat(scale.x(quarters.get(i))).isEqualTo(i * 100.0);
            assertThat(scale.quarterAt(i * 100.0 + 50)).contains(quarters.get(i));
        }
        assertThat(scale.width()).isEqualTo(2000.0);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,      2023, 1
            99.9,   2023, 1
            100,    2023, 2
            450,    2024, 1
            1999.9, 2027, 4
            """)
    void aPixelBelongsToTheQuarterItFallsIn(double x, int year, int quarter) {
        assertThat(scale.quarterAt(x)).contains(new Quarter(year, quarter));
    }

    @Test
    void pixelsOffTheTimelineHaveNoQuarter() {
        assertThat(scale.quarterAt(-0.1)).isEmpty();
        assertThat(scale.quarterAt(2000)).isEmpty();
    }

    @Test
    void aSpanCoversItsQuartersFromFirstToLast() {
        assertThat(scale.span(new Quarter(2024, 1), new Quarter(2024, 4))).isEqualTo(new Span(400, 400));
        assertThat(scale.span(new Quarter(2024, 2))).isEqualTo(new Span(500, 100));
        assertThat(scale.span(new Quarter(2024, 4), new Quarter(2025, 1))).isEqualTo(new Span(700, 200));
        assertThat(scale.yearSpan(2027)).isEqualTo(new Span(1600, 400));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1,    800, 200
            5,    800, 40
            5,   4000, 200
            2.5, 1000, 100
            5,    400, 28
            0.5,  800, 200
            9,    800, 40
            """)
    void zoomIsYearsAcrossTheViewportFromOneYearToTheWholeProgramme(double zoomYears, double viewport,
                                                                    double quarterWidth) {
        assertThat(QuarterScale.fit(YearRange.PROGRAMME, zoomYears, viewport).quarterWidth()).isEqualTo(quarterWidth);
    }

    @Test
    void oneYearShowsTextAndMonthsAndTheWholeProgrammeDoesNot() {
        QuarterScale oneYear = QuarterScale.fit(YearRange.PROGRAMME, 1, 900);
        QuarterScale programme = QuarterScale.fit(YearRange.PROGRAMME, 5, 900);

        assertThat(oneYear.showsBarText()).isTrue();
        assertThat(oneYear.showsMonthGrid()).isTrue();
        assertThat(programme.showsBarText()).isFalse();
        assertThat(programme.showsMonthGrid()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024-01-01, 364.5
            2024-03-31, 454.5
            2024-04-01, 455.5
            2024-12-31, 727.5
            2023-01-01,   0.5
            """)
    void todaySitsByItsDayInItsQuarter(LocalDate date, double x) {
        // 91 px per quarter: one pixel per day in 2024's first two quarters (91 days each).
        QuarterScale days = new QuarterScale(YearRange.PROGRAMME, 91);

        assertThat(days.x(date)).hasValueCloseTo(x, within(1.0));
    }

    @Test
    void todayIsExactlyOnItsDay() {
        QuarterScale days = new QuarterScale(YearRange.PROGRAMME, 91);

        assertThat(days.x(LocalDate.of(2024, 2, 15)).getAsDouble()).isEqualTo(4 * 91 + 45 + 0.5);
        assertThat(days.x(LocalDate.of(2024, 5, 1)).getAsDouble()).isEqualTo(5 * 91 + 30 + 0.5);
    }

    @Test
    void datesOutsideTheProgrammeAreOffTheTimeline() {
        assertThat(scale.x(LocalDate.of(2022, 12, 31))).isEmpty();
        assertThat(scale.x(LocalDate.of(2028, 1, 1))).isEmpty();
    }

    @Test
    void monthGridLinesStartTheSecondAndThirdMonthOfEachQuarter() {
        QuarterScale days = new QuarterScale(YearRange.PROGRAMME, 91);
        List<QuarterScale.MonthMark> marks = days.monthMarks();

        assertThat(marks).hasSize(40);
        // 2024 is a leap year: February starts 31 days into 一季度, March 60.
        assertThat(marks.get(8)).isEqualTo(new QuarterScale.MonthMark(2, 364 + 31));
        assertThat(marks.get(9)).isEqualTo(new QuarterScale.MonthMark(3, 364 + 60));
        assertThat(marks.get(10)).isEqualTo(new QuarterScale.MonthMark(5, 455 + 30));
    }

    @Test
    void everyMonthIsLabelledInsideItsOwnQuarter() {
        List<QuarterScale.MonthMark> middles = scale.monthMiddles();

        assertThat(middles).hasSize(60);
        for (int i = 0; i < 12; i++) {
            QuarterScale.MonthMark mark = middles.get(i);
            Month month = Month.of(mark.month());
            Quarter quarter = Quarter.of(LocalDate.of(2023, month, 1));
            assertThat(mark.month()).isEqualTo(i + 1);
            assertThat(scale.quarterAt(mark.x())).contains(quarter);
        }
    }

    @Test
    void scrollingToAQuarterStaysWithinTheTimeline() {
        assertThat(scale.scrollTo(new Quarter(2024, 3), 400)).isEqualTo(600.0);
        assertThat(scale.scrollTo(new Quarter(2027, 4), 400)).isEqualTo(1600.0);
        assertThat(scale.clampScroll(-30, 400)).isZero();
    }
}
