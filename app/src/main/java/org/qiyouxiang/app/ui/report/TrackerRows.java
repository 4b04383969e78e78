package org.qiyouxiang.app.ui.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.ReturnTracker;
import org.qiyouxiang.db.model.FormDispatch;

/** The return tracker as the window shows it: a line per lead unit, the counts, and who has not returned. */
public record TrackerRows(String summary, String missing, List<Line> lines) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public TrackerRows {
        lines = List.copyOf(lines);
    }

    /** A lead unit's form: {@code state} 未收回, 已收回, 已导入; times "" until they happen. */
    public record Line(String unit, String items, String sent, String returned, String imported, String changes,
                       String state, boolean outstanding) {
    }

    public static TrackerRows of(ReturnTracker tracker) {
        List<Line> lines = tracker.forms().stream().map(TrackerRows::line).toList();
        String summary = Messages.get("tracker.summary", tracker.sentCount(), tracker.returnedCount(),
                tracker.notReturned().size());
        String missing = tracker.forms().isEmpty() ? ""
                : tracker.notReturned().isEmpty() ? Messages.get("tracker.allReturned")
                : Messages.get("tracker.missing", String.join(Messages.get("report.unitSeparator"),
                        tracker.notReturned()));
        return new TrackerRows(summary, missing, lines);
    }

    private static Line line(FormDispatch form) {
        String state = form.importedAt() != null ? Messages.get("tracker.state.imported")
                : form.returnedAt() != null ? Messages.get("tracker.state.returned")
                : Messages.get("tracker.state.outstanding");
        return new Line(form.unit(), String.valueOf(form.itemCount()), when(form.generatedAt()),
                when(form.returnedAt()), when(form.importedAt()),
                form.changeCount() == null ? "" : String.valueOf(form.changeCount()), state,
                form.generatedAt() != null && form.returnedAt() == null);
    }

    private static String when(LocalDateTime time) {
        return time == null ? "" : time.format(WHEN);
    }
}
