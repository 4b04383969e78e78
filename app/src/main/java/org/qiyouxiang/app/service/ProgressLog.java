package org.qiyouxiang.app.service;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.progress.ChangeSet;
import org.qiyouxiang.db.model.ChangeLogEntry;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.StatusChoice;

/**
 * The change-log rows of one progress change: one per column that changed, old and new values as text
 * (a status as its name, a percentage as a plain number), with a summary the clerk can read.
 */
final class ProgressLog {

    static final String ENTITY = "quarter_progress";
    private static final int NAME_IN_SUMMARY = 60;

    private ProgressLog() {
    }

    static List<ChangeLogEntry> entries(QuarterProgress before, QuarterProgress after, ProgressField field, long rowId,
                                        String itemName, String actor, ChangeSet.Action action, LocalDateTime at) {
        String summary = Messages.get("changelog.summary.progress", shortened(itemName), Quarters.label(after.quarter()),
                Messages.get("progress.field." + field.name()));
        List<String[]> rows = new ArrayList<>(3);
        if (field == ProgressField.STATUS) {
            StatusChoice old = before.status();
            StatusChoice now = after.status();
            add(rows, "status", old.isNone() ? null : old.status().name(), now.isNone() ? null : now.status().name());
            add(rows, "status_overridden", String.valueOf(old.overridden()), String.valueOf(now.overridden()));
            add(rows, "override_reason", old.reason(), now.reason());
        } else {
            add(rows, field.column(), text(before.value(field)), text(after.value(field)));
        }
        return rows.stream().map(r -> new ChangeLogEntry(null, at, actor, action.logName(), ENTITY, rowId,
                after.workItemId(), after.quarter(), r[0], r[1], r[2], summary)).toList();
    }

    private static void add(List<String[]> rows, String column, String old, String now) {
        if (!Objects.equals(old, now)) {
            rows.add(new String[] {column, old, now});
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }

    private static String shortened(String name) {
        String oneLine = name.replaceAll("\\s+", " ").strip();
        return oneLine.length() > NAME_IN_SUMMARY ? oneLine.substring(0, NAME_IN_SUMMARY) + "…" : oneLine;
    }
}
