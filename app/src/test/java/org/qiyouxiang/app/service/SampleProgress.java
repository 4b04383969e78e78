package org.qiyouxiang.app.service;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.qiyouxiang.app.core.progress.Change;
import org.qiyouxiang.app.core.progress.ChangeSet;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.StatusChoice;
import org.qiyouxiang.db.model.WorkItem;

/**
 * The 嵊泗 sample year 2024 with progress entered for the first two quarters through ProgressService, as
 * the clerk would: most items reported, some lagging with problems and next steps, some not reported.
 */
final class SampleProgress {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** After the second quarter: both quarters have ended. */
    static final LocalDateTime JULY_10 = LocalDateTime.of(2024, 7, 10, 9, 0);

    private SampleProgress() {
    }

    static Clock clock() {
        return Clock.fixed(JULY_10.atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    /** A workspace on the sample with Q1 and Q2 progress entered. */
    static Workspace open(Path folder) throws Exception {
        Workspace workspace = Workspace.open(folder.resolve("data"), clock());
        workspace.samples().load(folder.resolve("samples"));
        enter(workspace.progress(), 1);
        enter(workspace.progress(), 2);
        return workspace;
    }

    static void enter(ProgressService progress, int quarter) throws SaveRefusedException {
        ProgressBook book = progress.load(2024).orElseThrow();
        List<Change> changes = new ArrayList<>();
        int index = 0;
        for (WorkItem item : book.items()) {
            var stored = book.progress(item.id(), quarter);
            int i = index++;
            if (i % 9 == 4) {
                continue; // not reported
            }
            changes.add(Change.of(stored, ProgressField.DONE_TEXT, quarter == 1
                    ? "已按计划推进，完成一季度节点工作。" : "累计完成年度任务的" + (40 + i % 50) + "%，进展顺利。"));
            changes.add(Change.of(stored, ProgressField.PERCENT, BigDecimal.valueOf(quarter * 25 + i % 20)));
            if (i % 7 == 3) {
                changes.add(Change.of(stored, ProgressField.STATUS, StatusChoice.overridden(Status.LAGGING, "进度滞后")));
                changes.add(Change.of(stored, ProgressField.PROBLEMS, "项目前期手续办理较慢，资金尚未到位。"));
                changes.add(Change.of(stored, ProgressField.NEXT_STEPS, "加强部门协调，倒排工期，确保下季度赶上进度。"));
            } else if (i % 11 == 5) {
                changes.add(Change.of(stored, ProgressField.STATUS, StatusChoice.overridden(Status.DONE, "已全部完成")));
            } else if (i % 5 == 1 || quarter == 1 && i % 6 == 0) {
                changes.add(Change.of(stored, ProgressField.STATUS, StatusChoice.confirmed(Status.ON_TRACK)));
            }
        }
        progress.apply(ChangeSet.paste(changes));
    }
}
