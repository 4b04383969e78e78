package org.qiyouxiang.app.core.progress;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.qiyouxiang.app.core.Messages;

/**
 * A change-log row in the clerk's words, for the 修改记录 window and the all-data workbook alike:
 * 修改 rather than {@code edit}, 完成进度 rather than {@code percent_done}, 滞后 rather than {@code LAGGING}.
 */
public final class ChangeTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ChangeTexts() {
    }

    /** 2026-11-23 15:30:05, or "" when unknown. */
    public static String when(LocalDateTime at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** Indicator tables log their imports without an action; other entries without one are edits. */
    public static String action(String action, String entity) {
        if (action == null) {
            boolean imported = "indicator_table".equals(entity) || "work_list".equals(entity);
            return Messages.get(imported ? "changelog.action.import" : "changelog.action.edit");
        }
        String label = Messages.get("changelog.action." + action);
        return label.startsWith("changelog.action.") ? action : label;
    }

    /** The column's name in Chinese; an indicator's target or actual names its year in the summary. */
    public static String field(String field) {
        if (field == null) {
            return "";
        }
        String key = field.startsWith("target:") ? "target" : field.startsWith("actual") ? "actual" : field;
        String label = Messages.get("changelog.field." + key);
        return label.startsWith("changelog.field.") ? "" : label;
    }

    /** Values as the clerk would write them: 滞后, not LAGGING; 是 / 否; 70%. */
    public static String value(String field, String value) {
        if (value == null) {
            return "";
        }
        return switch (field == null ? "" : field) {
            case "status" -> Messages.get("status." + value);
            case "status_overridden", "core" -> Messages.get("changelog.value." + value);
            case "direction" -> Messages.get("direction." + value);
            case "percent_done" -> value + "%";
            default -> value;
        };
    }
}
