package org.qiyouxiang.app.core;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the {@code recent} newest, and the newest of each of the last {@code daily} days,
 * {@code weekly} ISO weeks and {@code monthly} months on which backups were made. Periods count back from
 * the backups themselves, not from today: a clerk back from a month away still finds the week before.
 * The recent ones keep the backup made before this morning's import after the exit backup of the same day.
 */
public record BackupRotation(int recent, int daily, int weekly, int monthly) {

    /** Ten newest, seven days, four weeks, twelve months: at most 33 files. */
    public static final BackupRotation STANDARD = new BackupRotation(10, 7, 4, 12);

    public BackupRotation {
        if (recent < 1 || daily < 0 || weekly < 0 || monthly < 0) {
            throw new IllegalArgumentException("keep at least the newest backup");
        }
    }

    /** The times of the backups to keep; every other backup may be deleted. */
    public Set<LocalDateTime> keep(Collection<LocalDateTime> backups) {
        List<LocalDateTime> newestFirst = backups.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDateTime> kept = new HashSet<>(newestFirst.subList(0, Math.min(recent, newestFirst.size())));
        keepNewestPerPeriod(newestFirst, LocalDateTime::toLocalDate, daily, kept);
        keepNewestPerPeriod(newestFirst, BackupRotation::isoWeek, weekly, kept);
        keepNewestPerPeriod(newestFirst, YearMonth::from, monthly, kept);
        return kept;
    }

    private static void keepNewestPerPeriod(List<LocalDateTime> newestFirst, Function<LocalDateTime, Object> period,
                                            int periods, Set<LocalDateTime> kept) {
        Set<Object> seen = new HashSet<>();
        for (LocalDateTime time : newestFirst) {
            Object key = period.apply(time);
            if (seen.contains(key)) {
                continue;
            }
            if (seen.size() == periods) {
                return;
            }
            seen.add(key);
            kept.add(time);
        }
    }

    private static Object isoWeek(LocalDateTime time) {
        return List.of(time.get(IsoFields.WEEK_BASED_YEAR), time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
