package org.qiyouxiang.app.ui.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.report.IndicatorRate;
import org.qiyouxiang.app.core.report.ReportItem;
import org.qiyouxiang.app.core.report.StatusCounts;
import org.qiyouxiang.app.core.report.Summary;
import org.qiyouxiang.app.service.Dashboard;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.task.TaskRunner;
import org.qiyouxiang.db.model.FormDispatch;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.WorkListSummary;

/**
 * The 总览 tab's state: the year and quarter shown and, for them, the report's figures as the dashboard
 * shows them (counts by area, the units' ranking, the key indicators' 达标 rate, the lagging items, the
 * return tracker). Reads through the task runner when the year or quarter changes and when the stored data,
 * the progress or an indicator moves; while the tab is hidden ({@link #activeProperty()} false) it only notes that it
 * must read again, so that saving a cell in another tab does not wait behind a report nobody looks at.
 */
public final class DashboardViewModel {

    private final TaskRunner runner;
    private final ObservableValue<Workspace> workspace;
    private final Consumer<Throwable> onError;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final IntegerProperty quarter = new SimpleIntegerProperty(0);
    private Consumer<Quarter> periodListener = period -> { };
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Dashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StatusCounts> totals = new ReadOnlyObjectWrapper<>(StatusCounts.NONE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ObservableList<Summary.AreaCounts> areas = FXCollections.observableArrayList();
    private final ObservableList<Summary.UnitRank> ranking = FXCollections.observableArrayList();
    private final ObservableList<ReportItem> lagging = FXCollections.observableArrayList();
    private final ObservableList<FormDispatch> returns = FXCollections.observableArrayList();
    /** Set while a load shows its year and quarter, so that showing them does not read again. */
    private boolean showing;
    /** Whether the clerk chose the period; until then every read opens on the default one. */
    private boolean chosen;
    private boolean stale;
    private int loads;
    private Supplier<Figures> readAhead = () -> null;

    /**
     * @param workspace       the open data folder, null until opened (the main window's)
     * @param dataVersion     moves when the stored data changed as a whole (opened, imported, restored)
     * @param progressVersion moves when quarterly progress was saved
     * @param indicatorVersion moves when an indicator's target or actual was saved (the 达标率 card)
     * @param onError         shows a failed read to the clerk
     */
    public DashboardViewModel(TaskRunner runner, ObservableValue<Workspace> workspace,
                              ObservableValue<? extends Number> dataVersion,
                              ObservableValue<? extends Number> progressVersion,
                              ObservableValue<? extends Number> indicatorVersion, Consumer<Throwable> onError) {
        this.runner = runner;
        this.workspace = workspace;
        this.onError = onError;
        dataVersion.addListener((obs, old, v) -> reload());
        progressVersion.addListener((obs, old, v) -> reload());
        indicatorVersion.addListener((obs, old, v) -> reload());
        year.addListener((obs, old, y) -> periodChosen());
        quarter.addListener((obs, old, q) -> periodChosen());
        active.addListener((obs, old, now) -> {
            if (now && stale) {
                reload();
            }
        });
        reload();
    }

    private void periodChosen() {
        if (!showing) {
            chosen = true;
            if (year.get() != null && quarter.get() >= 1) {
                periodListener.accept(new Quarter(year.get(), quarter.get()));
            }
            reload();
        }
    }

    /** Who wants to know the year and quarter the clerk chose here (not those shown by default). */
    public void onPeriodChosen(Consumer<Quarter> listener) {
        this.periodListener = listener;
    }

    /**
     * Where the figures of the data folder's first read come from when they were read along with it
     * ({@link #readDefault}, off the FX thread at the start): the first read after the folder opened takes them,
     * once, instead of reading again. Null from the source: read as usual.
     */
    public void firstReadFrom(Supplier<Figures> source) {
        this.readAhead = source;
    }

    /** Reads the dashboard of the period shown (or the default one) again, now or once the tab shows. */
    public void reload() {
        Workspace open = workspace.getValue();
        if (open == null) {
            show(new Figures(List.of(), null, null));
            return;
        }
        // Taken by the first read of an open folder whatever happens next: figures read ahead are good only for
        // the read that follows the opening, never for a later one.
        Figures ahead = readAhead.get();
        readAhead = () -> null;
        if (!active.get()) {
            stale = true;
            return;
        }
        stale = false;
        int load = ++loads;
        if (ahead != null && !chosen) {
            show(ahead);
            return;
        }
        Integer wantedYear = chosen ? year.get() : null;
        int wantedQuarter = chosen ? quarter.get() : 0;
        runner.run(Messages.get("dashboard.loading"), progress -> read(open, wantedYear, wantedQuarter), loaded -> {
            if (load == loads) {
                show(loaded);
            }
        }, onError);
    }

    /** 总览's figures for the default period (the one it opens on), read off the FX thread. */
    public static Figures readDefault(Workspace open) {
        return read(open, null, 0);
    }

    /** Off the FX thread. */
    private static Figures read(Workspace open, Integer wantedYear, int wantedQuarter) {
        List<Integer> stored = open.workLists().years().stream().map(WorkListSummary::year).sorted().toList();
        if (stored.isEmpty()) {
            return new Figures(stored, null, null);
        }
        Quarter period = DashboardPeriod.choose(stored, wantedYear, wantedQuarter, open.progress().today());
        return new Figures(stored, period, open.dashboard().dashboard(period.year(), period.quarter()).orElse(null));
    }

    /** What 总览 shows: the years with a work list, the period shown and its figures (null without data). */
    public record Figures(List<Integer> years, Quarter period, Dashboard dashboard) {
    }

    private void show(Figures loaded) {
        showing = true;
        try {
            if (!years.equals(loaded.years())) {
                years.setAll(loaded.years());
            }
            year.set(loaded.period() == null ? null : loaded.period().year());
            quarter.set(loaded.period() == null ? 0 : loaded.period().quarter());
        } finally {
            showing = false;
        }
        Dashboard shown = loaded.dashboard();
        title.set(loaded.period() == null ? "" : Messages.get("dashboard.title",
                String.valueOf(loaded.period().year()), Quarters.label(loaded.period().quarter())));
        areas.setAll(shown == null ? List.of() : shown.byArea());
        totals.set(areas.stream().map(Summary.AreaCounts::counts).reduce(StatusCounts.NONE, StatusCounts::plus));
        ranking.setAll(shown == null ? List.of() : shown.ranking());
        lagging.setAll(shown == null ? List.of() : shown.lagging());
        returns.setAll(shown == null ? List.of() : notReturnedFirst(shown.returns().forms()));
        dashboard.set(shown);
    }

    /** Who still owes a form comes first (催报), the rest in the tracker's order. */
    private static List<FormDispatch> notReturnedFirst(List<FormDispatch> forms) {
        return forms.stream().sorted(Comparator.comparing(f -> !DashboardTexts.owed(f))).toList();
    }

    /** The years with a work list, oldest first. */
    public ObservableList<Integer> years() {
        return years;
    }

    /** The year shown; null without data. Setting it reads that year. */
    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** The quarter shown, 1 to 4; 0 without data. Setting it reads that quarter. */
    public IntegerProperty quarterProperty() {
        return quarter;
    }

    /** Whether the dashboard is on screen; while false, changes are read once it is again. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The whole dashboard as read, null without data. Moves last, once the lists below are filled. */
    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    /** 2024年一季度 工作进展总览 */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The counts of all items (the areas' counts added up). */
    public ReadOnlyObjectProperty<StatusCounts> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** The key indicators' 达标 rate, null without data. */
    public IndicatorRate indicatorRate() {
        return dashboard.get() == null ? null : dashboard.get().indicators();
    }

    /** Status counts per area, in the work list's order. */
    public ObservableList<Summary.AreaCounts> areas() {
        return areas;
    }

    /** The lead units, best first (晾晒). */
    public ObservableList<Summary.UnitRank> ranking() {
        return ranking;
    }

    /** The lagging items, in the list's order. */
    public ObservableList<ReportItem> lagging() {
        return lagging;
    }

    /** The quarter's fill-in forms per unit, those not yet returned first. */
    public ObservableList<FormDispatch> returns() {
        return returns;
    }
}
