package org.qiyouxiang.app.ui.dashboard;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qiyouxiang.app.core.progress.Change;
import org.qiyouxiang.app.core.progress.ChangeSet;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.StatusChoice;
import org.qiyouxiang.db.model.WorkItem;

/**
 * The 2024 sample with the clerk's statuses for the first two quarters, entered through the progress service:
 * in the first quarter every fourth item done, lagging or on track and the rest not reported; in the second
 * every third item done, every sixth lagging, the rest on track. Today is 10 July 2024, the third quarter.
 */
public final class DashboardSample {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private DashboardSample() {
    }

    public static Clock july10() {
        return Clock.fixed(LocalDateTime.of(2024, 7, 10, 9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    /** A data folder with the sample and the two quarters' progress; the caller closes it. */
    public static Workspace open(Path folder, Clock clock) throws Exception {
        Workspace workspace = Workspace.open(folder.resolve("data"), clock);
        workspace.samples().load(folder.resolve("samples"));
        enter(workspace, 1);
        enter(workspace, 2);
        return workspace;
    }

    /** The status the clerk gave the item at this index of the list in the quarter; null: nothing entered. */
    public static Status status(int index, int quarter) {
        if (quarter == 1) {
            return switch (index % 4) {
                case 0 -> Status.DONE;
                case 1 -> Status.LAGGING;
                case 2 -> Status.ON_TRACK;
                default -> null;
            };
        }
        return index % 3 == 0 ? Status.DONE : index % 6 == 1 ? Status.LAGGING : Status.ON_TRACK;
    }

    /** The ids of the items given this status in the quarter, in the list's order. */
    public static Set<Long> ids(Workspace workspace, int quarter, Status status) {
        List<WorkItem> items = workspace.progress().load(2024).orElseThrow().items();
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (status(i, quarter) == status) {
                ids.add(items.get(i).id());
            }
        }
        return ids;
    }

    private static void enter(Workspace workspace, int quarter) throws Exception {
        ProgressBook book = workspace.progress().load(2024).orElseThrow();
        List<Change> changes = new ArrayList<>();
        List<WorkItem> items = book.items();
        for (int i = 0; i < items.size(); i++) {
            Status status = status(i, quarter);
            if (status == null) {
                continue;
            }
            var stored = book.progress(items.get(i).id(), quarter);
            changes.add(Change.of(stored, ProgressField.DONE_TEXT, "按计划推进。"));
            changes.add(Change.of(stored, ProgressField.STATUS, StatusChoice.overridden(status, "专班核定")));
            if (status == Status.LAGGING) {
                changes.add(Change.of(stored, ProgressField.PROBLEMS, "资金尚未到位。"));
            }
        }
        workspace.progress().apply(ChangeSet.paste(changes));
    }
}
