package org.qiyouxiang.app.ui.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.app.service.EditRejectedException;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.app.service.IndicatorSeries;
import org.qiyouxiang.app.service.IndicatorService;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.ErrorMessages;
import org.qiyouxiang.app.ui.task.TaskRunner;

/**
 * The 指标 tab's state and commands: the programme's indicators for a chosen year with their targets,
 * latest actuals and judgements; the clerk's edits, each saved at once through the service and undoable
 * in this session; what the tab's status line says. Never touches a Node; all data work goes through the
 * task runner.
 */
public final class IndicatorsViewModel {

    /** 14:03:00, not 14:03: the seconds tell two saves in the same minute apart. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final TaskRunner runner;
    private final ObservableValue<Workspace> workspace;
    private final Clock clock;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<IndicatorRow> rows = FXCollections.observableArrayList();
    // Made once: an unmodifiable view listens weakly to its list, so a view made per call loses its listeners.
    private final ObservableList<Integer> yearsView = FXCollections.unmodifiableObservableList(years);
    private final ObservableList<IndicatorRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<IndicatorRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.get("indicatorTable.hint"));
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper refusals = new ReadOnlyIntegerWrapper(0);
    private final UndoStack undo = new UndoStack();
    private Runnable storedListener = () -> { };
    /** Set while a load shows its year, so that showing it does not load again. */
    private boolean showing;
    /** Whether the clerk picked the year; until then each load opens on the default year. */
    private boolean yearChosen;

    /**
     * @param workspace   the open data folder, null until opened (the main window's)
     * @param dataVersion moves whenever the stored data changed as a whole (opened, imported)
     */
    public IndicatorsViewModel(TaskRunner runner, ObservableValue<Workspace> workspace,
                               ObservableValue<? extends Number> dataVersion) {
        this(runner, workspace, dataVersion, Clock.systemDefaultZone());
    }

    IndicatorsViewModel(TaskRunner runner, ObservableValue<Workspace> workspace,
                        ObservableValue<? extends Number> dataVersion, Clock clock) {
        this.runner = runner;
        this.workspace = workspace;
        this.clock = clock;
        workspace.addListener((obs, old, opened) -> dataChanged());
        dataVersion.addListener((obs, old, version) -> dataChanged());
        year.addListener((obs, old, chosen) -> {
            if (!showing && chosen != null) {
                yearChosen = true;
                reload();
            }
        });
        reload();
    }

    /**
     * Who shows figures judged from the indicators (总览's 达标率, the print preview) learns of each edit and undo
     * once it is stored.
     */
    public void onStored(Runnable listener) {
        this.storedListener = listener;
    }

    private void dataChanged() {
        undo.clear();
        reload();
    }

    /** Reads the table again for the year shown (or the default year) in the background. */
    public void reload() {
        Workspace open = workspace.getValue();
        if (open == null) {
            show(new IndicatorYears.Loaded(List.of(), null, List.of()));
            return;
        }
        Integer wanted = yearChosen ? year.get() : null;
        int thisYear = LocalDate.now(clock).getYear();
        runner.run(Messages.get("indicatorTable.loading"),
                progress -> IndicatorYears.read(open.indicators(), wanted, thisYear), this::show, this::failed);
    }

    private void show(IndicatorYears.Loaded loaded) {
        showing = true;
        try {
            years.setAll(loaded.years());
            year.set(loaded.year());
        } finally {
            showing = false;
        }
        IndicatorRow before = selected.get();
        rows.setAll(loaded.rows());
        selected.set(before == null ? null : find(before.id()).orElse(null));
    }

    /** Changes a year's target to what the clerk typed; any text is kept as written. */
    public void editTarget(IndicatorRow row, int targetYear, String typed) {
        IndicatorChanges.target(row, targetYear, typed).ifPresent(this::save);
    }

    public void editName(IndicatorRow row, String name) {
        IndicatorChanges.name(row, name).ifPresent(this::save);
    }

    public void editUnit(IndicatorRow row, String unit) {
        IndicatorChanges.unit(row, unit).ifPresent(this::save);
    }

    public void editDirection(IndicatorRow row, Direction direction) {
        IndicatorChanges.direction(row, direction).ifPresent(this::save);
    }

    public void editLeadUnit(IndicatorRow row, String leadUnit) {
        IndicatorChanges.leadUnit(row, leadUnit).ifPresent(this::save);
    }

    /** Reads what was reported in the year shown, then hands the dialog its form. */
    public void prepareActual(IndicatorRow row, Consumer<ActualForm> open) {
        Workspace opened = workspace.getValue();
        Integer shownYear = year.get();
        if (opened == null || row == null || shownYear == null) {
            return;
        }
        runner.run(Messages.get("indicatorTable.loading"), progress -> opened.indicators().actuals(row.id(), shownYear),
                reported -> open.accept(new ActualForm(row, shownYear, reported, LocalDate.now(clock))), this::failed);
    }

    /** Records the form's value for its quarter; undo brings back what that quarter held before. */
    public void recordActual(ActualForm form) {
        save(IndicatorChanges.actual(form));
    }

    /** Reads one indicator's baseline, targets and actuals over the programme for the five-year chart. */
    public void loadTrend(IndicatorRow row, Consumer<IndicatorSeries> show) {
        Workspace opened = workspace.getValue();
        if (opened != null && row != null) {
            runner.run(Messages.get("indicatorTable.loading"),
                    progress -> opened.indicators().series(row.id()).orElseThrow(), show, this::failed);
        }
    }

    /** Takes back the last edit of this session by writing the old value back. */
    public void undo() {
        Optional<UndoStack.Edit> last = undo.pop();
        if (last.isEmpty()) {
            say(Messages.get("indicatorTable.nothingToUndo"), false);
            return;
        }
        UndoStack.Edit edit = last.get();
        write(edit.indicatorId(), edit.revert(), () -> {
            undo.undone(edit);
            say(Messages.get("indicatorTable.undone", now(), edit.description()), false);
        }, () -> undo.done(edit));
    }

    /** Makes the last edit taken back again. */
    public void redo() {
        Optional<UndoStack.Edit> last = undo.popRedo();
        if (last.isEmpty()) {
            return;
        }
        UndoStack.Edit edit = last.get();
        write(edit.indicatorId(), edit.redo(), () -> {
            undo.done(edit);
            say(Messages.get("indicatorTable.redone", now(), edit.description()), false);
        }, () -> undo.undone(edit));
    }

    private void save(IndicatorChanges.Pending edit) {
        write(edit.indicatorId(), edit.change(), () -> {
            undo.push(new UndoStack.Edit(edit.indicatorId(), edit.description(), edit.revert(), edit.change()));
            say(Messages.get("indicatorTable.saved", now(), edit.description()), false);
        }, () -> { });
    }

    /** Makes the change in the background, then shows the indicator as stored, judged for the year shown. */
    private void write(long indicatorId, UndoStack.Change change, Runnable done, Runnable refused) {
        Workspace opened = workspace.getValue();
        Integer shownYear = year.get();
        if (opened == null || shownYear == null) {
            return;
        }
        IndicatorService indicators = opened.indicators();
        runner.run(Messages.get("indicatorTable.saving"), progress -> {
            change.apply(indicators);
            return indicators.indicator(indicatorId, shownYear).orElseThrow();
        }, stored -> {
            replace(stored);
            done.run();
            storedListener.run();
        }, error -> {
            refused.run();
            failed(error);
        });
    }

    /** Shows the stored indicator in place of the one shown, unless the clerk has since moved to another year. */
    private void replace(IndicatorRow stored) {
        if (!Objects.equals(year.get(), stored.year())) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == stored.id()) {
                rows.set(i, stored);
            }
        }
        if (selected.get() != null && selected.get().id() == stored.id()) {
            selected.set(stored);
        }
    }

    private void failed(Throwable error) {
        if (error instanceof EditRejectedException) {
            say(Messages.get("indicatorTable.rejected", error.getMessage()), true);
        } else {
            say(Messages.get("indicatorTable.failed", ErrorMessages.headline(error), ErrorMessages.text(error)), true);
        }
        refusals.set(refusals.get() + 1);
    }

    private void say(String text, boolean isProblem) {
        problem.set(isProblem);
        status.set(text);
    }

    private Optional<IndicatorRow> find(long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst();
    }

    private String now() {
        return LocalTime.now(clock).format(TIME);
    }

    /** The programme's years (2023 … 2027); empty before any indicator table is imported. */
    public ObservableList<Integer> years() {
        return yearsView;
    }

    /** The year shown: its actuals are judged. Set by the year selector. */
    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** The indicators in the programme's order, judged for the year shown. */
    public ObservableList<IndicatorRow> rows() {
        return rowsView;
    }

    /** The indicator selected in the table; the toolbar's commands act on it. */
    public ObjectProperty<IndicatorRow> selectedProperty() {
        return selected;
    }

    /** What the tab's status line says: a hint, 已保存 with the time, or why an edit was not saved. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the status line tells of something not saved. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Moves on every edit that was not saved: a cell showing what the clerk typed shows the stored value again. */
    public ReadOnlyIntegerProperty refusalsProperty() {
        return refusals.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return undo.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return undo.canRedoProperty();
    }

    /** What a redo would make again, "" when nothing. */
    public ReadOnlyStringProperty redoDescriptionProperty() {
        return undo.nextRedoProperty();
    }

    /** What an undo would take back, "" when nothing. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undo.nextProperty();
    }

    /** The open data folder's services, for checks and for views that read more than the table. */
    public Optional<Workspace> workspace() {
        return Optional.ofNullable(workspace.getValue());
    }
}
