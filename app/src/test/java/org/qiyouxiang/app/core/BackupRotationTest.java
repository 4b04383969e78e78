package org.qiyouxiang.app.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackupRotationTest {

    private static final BackupRotation ONLY_PERIODS = new BackupRotation(1, 7, 4, 12);

    private static LocalDateTime at(String dateTime) {
        return LocalDateTime.parse(dateTime);
    }

    private static List<LocalDateTime> dailyAtFive(LocalDate first, int days) {
        return IntStream.range(0, days).mapToObj(d -> first.plusDays(d).atTime(LocalTime.of(17, 0))).toList();
    }

    @Test
    void keepsEverythingWhileThereAreFewerBackupsThanTheRecentCount() {
        List<LocalDateTime> backups = List.of(at("2026-11-23T09:00"), at("2026-11-23T10:00"), at("2026-11-23T17:30"));

        assertThat(BackupRotation.STANDARD.keep(backups)).containsExactlyInAnyOrderElementsOf(backups);
    }

    @Test
    void keepsTheNewestOfADayBeyondTheRecentOnes() {
        Set<LocalDateTime> kept = ONLY_PERIODS.keep(List.of(
                at("2026-11-23T09:00"), at("2026-11-23T10:15"), at("2026-11-23T17:30"), at("2026-11-24T09:00")));

        assertThat(kept).containsExactlyInAnyOrder(at("2026-11-23T17:30"), at("2026-11-24T09:00"));
    }

    @Test
    void keepsSevenDaysFourWeeksAndTwelveMonthsOfTwoYearsOfDailyBackups() {
        List<LocalDateTime> backups = dailyAtFive(LocalDate.of(2025, 1, 1), 730);

        Set<LocalDateTime> kept = ONLY_PERIODS.keep(backups);

        LocalDate last = LocalDate.of(2026, 12, 31);
        Set<LocalDateTime> expected = new java.util.HashSet<>(dailyAtFive(last.minusDays(6), 7));
        // Sundays closing the three ISO weeks before the last one (27 December is among the seven days).
        expected.addAll(List.of(at("2026-12-27T17:00"), at("2026-12-20T17:00"), at("2026-12-13T17:00")));
        // Last days of the eleven months before December (December's is 31 December).
        for (int month = 1; month <= 11; month++) {
            LocalDate endOfMonth = LocalDate.of(2026, month, 1).plusMonths(1).minusDays(1);
            expected.add(endOfMonth.atTime(17, 0));
        }
        assertThat(kept).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(kept).hasSize(7 + 2 + 11);
    }

    @Test
    void countsPeriodsThatHaveBackupsNotCalendarDaysSinceToday() {
        List<LocalDateTime> beforeTheHolidays = dailyAtFive(LocalDate.of(2026, 7, 1), 20);

        Set<LocalDateTime> kept = ONLY_PERIODS.keep(beforeTheHolidays);

        List<LocalDateTime> expected = new ArrayList<>(dailyAtFive(LocalDate.of(2026, 7, 14), 7));
        expected.addAll(List.of(at("2026-07-12T17:00"), at("2026-07-05T17:00")));
        assertThat(kept).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theStandardRotationAlsoKeepsTheTenNewestWhateverTheirDay() {
        List<LocalDateTime> oneDay = IntStream.range(0, 15)
                .mapToObj(i -> at("2026-11-23T08:00").plusMinutes(20L * i)).toList();

        Set<LocalDateTime> kept = BackupRotation.STANDARD.keep(oneDay);

        assertThat(kept).containsExactlyInAnyOrderElementsOf(oneDay.subList(5, 15));
    }

    @Test
    void neverDropsTheNewest() {
        assertThat(new BackupRotation(1, 0, 0, 0).keep(List.of(at("2026-01-01T00:00"), at("2026-01-02T00:00"))))
                .containsExactly(at("2026-01-02T00:00"));
        assertThatThrownBy(() -> new BackupRotation(0, 7, 4, 12)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyListKeepsNothing() {
        assertThat(BackupRotation.STANDARD.keep(List.of())).isEmpty();
    }
}
