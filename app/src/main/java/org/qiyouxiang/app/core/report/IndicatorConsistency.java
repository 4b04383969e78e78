package org.qiyouxiang.app.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.targets.Verdict;
import org.qiyouxiang.db.model.Status;

/**
 * Where a 重点指标 item of the work list and the indicator it is linked to give a report two answers: the item
 * 已完成 while its indicator is 未达标, or the item 滞后 / 未开始 while its indicator is 达标. Neither side is
 * changed (the rules propose, the clerk decides, ADR 0011); the clerk is told, in Chinese, which item and what
 * each side says, so that one of them can be corrected before the report goes out.
 */
public final class IndicatorConsistency {

    private IndicatorConsistency() {
    }

    /**
     * @param items       the report's items, with the status the report shows
     * @param indicatorOf the judged indicator of each linked item, by item id
     * @return one note per contradicting item, in the list's order; empty when all agree
     */
    public static List<String> notes(List<ReportItem> items, Map<Long, IndicatorLine> indicatorOf) {
        List<String> notes = new ArrayList<>();
        for (ReportItem item : items) {
            IndicatorLine indicator = indicatorOf.get(item.id());
            if (indicator != null && contradict(item.status(), indicator.verdict())) {
                notes.add(Messages.get("report.check.mismatch", item.name(), item.statusLabel(),
                        indicator.verdict().label(), indicator.actual(), indicator.target()));
            }
        }
        return notes;
    }

    static boolean contradict(Status status, Verdict verdict) {
        if (status == Status.DONE) {
            return verdict == Verdict.NOT_MET;
        }
        return (status == Status.LAGGING || status == Status.NOT_DUE) && verdict == Verdict.MET;
    }
}
