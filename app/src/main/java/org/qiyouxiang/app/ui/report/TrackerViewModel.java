package org.qiyouxiang.app.ui.report;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.main.MainViewModel;

/**
 * 填报回收情况: per lead unit whether the quarter's form went out, came back and was imported, and who has
 * not returned it yet. Follows the chosen quarter, and reloads when forms are generated or imported while
 * the window is open.
 */
public final class TrackerViewModel {

    private final MainViewModel main;
    private final ReportViewModel report;
    private final ObjectProperty<QuarterChoice> choice = new SimpleObjectProperty<>();
    private final ObservableList<TrackerRows.Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");
    private boolean active;
    private boolean looked;
    private int loads;

    public TrackerViewModel(ReportViewModel report) {
        this.main = report.main();
        this.report = report;
        choice.set(report.suggested());
        choice.addListener((obs, old, now) -> {
            main.lookedAt(now.year(), now.quarter());
            load();
        });
        report.formsVersionProperty().addListener((obs, old, now) -> load());
        // Forms generated or returned for another quarter: that is the quarter being collected now.
        report.formsQuarterProperty().addListener((obs, old, now) -> {
            looked = true;
            if (now != null) {
                choice.set(now);
            }
        });
        main.dataVersionProperty().addListener((obs, old, now) -> load());
    }

    /**
     * The window opened: load now, and again whenever the forms change until {@link #stop()}. The first time,
     * turn to the quarter whose forms were generated or returned last; later, to the quarter the clerk turned
     * to elsewhere meanwhile.
     */
    public void start() {
        active = true;
        Workspace workspace = main.workspaceProperty().get();
        if (!looked && workspace != null) {
            looked = true;
            main.runner().run(Messages.get("tracker.loading", choice.get().label()),
                    progress -> workspace.forms().latest(),
                    latest -> show(latest.map(d -> new QuarterChoice(d.year(), d.quarter())).orElse(choice.get())),
                    main.interaction()::showError);
            return;
        }
        show(report.suggested());
    }

    private void show(QuarterChoice wanted) {
        if (wanted.equals(choice.get())) {
            load();
        } else {
            choice.set(wanted);
        }
    }

    public void stop() {
        active = false;
    }

    public void load() {
        Workspace workspace = main.workspaceProperty().get();
        QuarterChoice shown = choice.get();
        if (!active || workspace == null || shown == null) {
            return;
        }
        int load = ++loads;
        main.runner().run(Messages.get("tracker.loading", shown.label()),
                progress -> TrackerRows.of(workspace.forms().tracker(shown.year(), shown.quarter())), rows -> {
                    if (load == loads) {
                        lines.setAll(rows.lines());
                        summary.set(rows.summary());
                        missing.set(rows.missing());
                    }
                }, main.interaction()::showError);
    }

    public ObjectProperty<QuarterChoice> choiceProperty() {
        return choice;
    }

    public ObservableList<TrackerRows.Line> lines() {
        return lines;
    }

    /** 已发出 23 份，已收回 5 份，未收回 18 份 */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** 未收回：县卫健局、县教育局 … */
    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }
}
