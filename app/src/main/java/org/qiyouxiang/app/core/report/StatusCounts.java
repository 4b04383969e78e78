package org.qiyouxiang.app.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * How many items of a group fall in each status: they add up, {@code items} is their sum. The completion
 * rate is done over all items (0 for an empty group).
 */
public record StatusCounts(int items, int done, int onTrack, int lagging, int notReported, int other) {

    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0, 0);

    public static StatusCounts of(Collection<ReportItem> items) {
        int[] n = new int[ReportItem.Bucket.values().length];
        items.forEach(i -> n[i.bucket().ordinal()]++);
        return new StatusCounts(items.size(), n[0], n[1], n[2], n[3], n[4]);
    }

    public StatusCounts plus(StatusCounts other) {
        return new StatusCounts(items + other.items, done + other.done, onTrack + other.onTrack,
                lagging + other.lagging, notReported + other.notReported, this.other + other.other);
    }

    /** 已完成 ÷ 事项数, as a ratio with four decimals. */
    public BigDecimal completionRate() {
        if (items == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(items), 4, RoundingMode.HALF_UP);
    }
}
