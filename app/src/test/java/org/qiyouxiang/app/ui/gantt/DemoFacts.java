package org.qiyouxiang.app.ui.gantt;

import java.time.LocalDate;
import org.qiyouxiang.app.core.gantt.QuarterFacts;
import org.qiyouxiang.app.core.gantt.QuarterFactsSource;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.Status;

/**
 * Made-up progress for looking at the chart and testing it, until the progress backend lands: past
 * quarters done, every {@code laggingEvery}-th item lagging in them; the current quarter on track;
 * later quarters not due. Deterministic by item id.
 */
final class DemoFacts implements QuarterFactsSource {

    private final int year;
    private final Quarter today;
    private final int laggingEvery;

    DemoFacts(int year, LocalDate today, int laggingEvery) {
        this.year = year;
        this.today = Quarter.of(today);
        this.laggingEvery = laggingEvery;
    }

    static boolean lags(long itemId, int laggingEvery) {
        return itemId % laggingEvery == 3;
    }

    @Override
    public QuarterFacts facts(long itemId, int quarter) {
        Quarter q = new Quarter(year, quarter);
        boolean lagging = lags(itemId, laggingEvery);
        if (q.compareTo(today) < 0) {
            if (lagging && quarter == today.quarter() - 1) {
                return new QuarterFacts(Status.LAGGING, "完成年度任务的 35%，进度滞后。", "项目用地审批未完成，施工单位尚未进场。");
            }
            return new QuarterFacts(Status.DONE, "已按计划完成本季度工作。", null);
        }
        if (q.equals(today)) {
            return lagging ? new QuarterFacts(Status.LAGGING, null, "上季度滞后工作仍未完成。")
                    : new QuarterFacts(Status.ON_TRACK, "正在推进，进度约 60%。", null);
        }
        return QuarterFacts.NONE;
    }
}
