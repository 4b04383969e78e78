package org.qiyouxiang.app.ui.progress;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.progress.ChangeTexts;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.task.TaskRunner;
import org.qiyouxiang.db.model.ChangeLogEntry;

/**
 * 修改记录: who changed what, when, from which value to which, newest first. For the whole programme
 * between two days (both included), or for one item whatever the date.
 */
public final class ChangeLogViewModel {

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
        return new Line(ChangeTexts.when(e.changedAt()), e.actor() == null ? "" : e.actor(),
                ChangeTexts.action(e.action(), e.entity()), e.summary() == null ? "" : e.summary(),
                ChangeTexts.field(e.field()), ChangeTexts.value(e.field(), e.oldValue()),
                ChangeTexts.value(e.field(), e.newValue()));
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
