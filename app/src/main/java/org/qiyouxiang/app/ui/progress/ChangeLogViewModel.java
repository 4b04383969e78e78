package org.qiyouxiang.app.ui.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.task.TaskRunner;
import org.qiyouxiang.db.model.ChangeLogEntry;

/**
 * 修改记录: who changed what, when, from which value to which, newest first. For the whole programme
 * between two days (both included), or for one item whatever the date.
 */
public final class ChangeLogViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** A row of the log as the clerk reads it. */
    public record Line(String when, String actor, String action, String what, String field, String before,
                       String after) {
    }

    private final Workspace workspace;
    private final TaskRunner runner;
    private final Long itemId;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    /** @param itemId one item's log, or null for the whole programme between {@link #fromProperty()} and {@link #toProperty()} */
    public ChangeLogViewModel(Workspace workspace, TaskRunner runner, Long itemId) {
        this.workspace = workspace;
        this.runner = runner;
        this.itemId = itemId;
        LocalDate today = workspace.progress().today();
        to.set(today);
        from.set(today.minusDays(30));
    }

    public void load() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (itemId == null && (first == null || last == null)) {
            return;
        }
        LocalDate start = first != null && last != null && first.isAfter(last) ? last : first;
        LocalDate end = first != null && last != null && first.isAfter(last) ? first : last;
        runner.run(Messages.get("changelog.loading"), progress -> itemId == null
                ? workspace.progress().history(start, end) : workspace.progress().history(itemId), entries -> {
                    lines.setAll(entries.stream().map(ChangeLogViewModel::line).toList());
                    summary.set(Messages.get("changelog.count", entries.size()));
                }, error -> summary.set(Messages.get("changelog.failed")));
    }

    static Line line(ChangeLogEntry e) {
        return new Line(e.changedAt() == null ? "" : WHEN.format(e.changedAt()), e.actor() == null ? "" : e.actor(),
                action(e.action(), e.entity()), e.summary() == null ? "" : e.summary(), field(e.field()),
                value(e.field(), e.oldValue()), value(e.field(), e.newValue()));
    }

    /** Indicator tables log their imports without an action; other entries without one are edits. */
    private static String action(String action, String entity) {
        if (action == null) {
            return Messages.get("indicator_table".equals(entity) ? "changelog.action.import" : "changelog.action.edit");
        }
        String label = Messages.get("changelog.action." + action);
        return label.startsWith("changelog.action.") ? action : label;
    }

    /** The column's name in Chinese; an indicator's target or actual names its year in the summary. */
    static String field(String field) {
        if (field == null) {
            return "";
        }
        String key = field.startsWith("target:") ? "target" : field.startsWith("actual") ? "actual" : field;
        String label = Messages.get("changelog.field." + key);
        return label.startsWith("changelog.field.") ? "" : label;
    }

    /** Values as the clerk would write them: 滞后, not LAGGING; 是 / 否; 70%. */
    static String value(String field, String value) {
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

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public boolean forItem() {
        return itemId != null;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** 共 12 条修改记录 */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
