package org.qiyouxiang.app.core.report;

import java.math.BigDecimal;
import java.util.List;
import org.qiyouxiang.app.core.progress.StatusPalette.Tone;
import org.qiyouxiang.db.model.Status;

/**
 * A work item in the report's quarter: where it stands in the work list, each of its lines with that
 * line's milestone for the quarter, and what was reported for the item with the status shown.
 *
 * @param kindText    重点指标 / 重点任务 / 民生实事 as the list writes it
 * @param milestone   the quarter's milestone of all lines joined, null when the list has none
 * @param status      the status shown (the clerk's, else the rules'), null when nobody has judged (待判断, 未报送)
 * @param statusLabel 已完成 … or 待判断 / 未报送
 * @param notReported the quarter has ended and nothing was reported (未报送)
 */
public record ReportItem(long id, String area, String kindText, String number, String name, List<Line> lines,
                         String milestone, String doneText, Status status, String statusLabel, Tone tone,
                         boolean notReported, BigDecimal percent, String problems, String nextSteps,
                         List<String> units, List<String> persons) {

    public ReportItem {
        lines = List.copyOf(lines);
        units = List.copyOf(units);
        persons = List.copyOf(persons);
    }

    /** One row of the item in the work list: its own name (continuation lines only), milestone, units, persons. */
    public record Line(String ownName, String milestone, String unitsText, String personsText) {
    }

    /** Which count of the summary the item falls in. */
    public Bucket bucket() {
        if (status == null) {
            return notReported ? Bucket.NOT_REPORTED : Bucket.OTHER;
        }
        return switch (status) {
            case DONE -> Bucket.DONE;
            case ON_TRACK -> Bucket.ON_TRACK;
            case LAGGING -> Bucket.LAGGING;
            case NOT_DUE, NO_PLAN -> Bucket.OTHER;
        };
    }

    public boolean lagging() {
        return status == Status.LAGGING;
    }

    /** The summary's columns: each item counts in exactly one. */
    public enum Bucket {
        DONE, ON_TRACK, LAGGING, NOT_REPORTED,
        /** 未开始, 无计划 and 待判断 */
        OTHER
    }
}
