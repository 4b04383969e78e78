package org.qiyouxiang.app.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.progress.Change;
import org.qiyouxiang.app.core.progress.ChangeSet;
import org.qiyouxiang.app.core.report.ReportItem;
import org.qiyouxiang.app.core.report.StatusCounts;
import org.qiyouxiang.app.core.report.Summary;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.ui.task.SameThreadTaskRunner;
import org.qiyouxiang.db.model.FormDispatch;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.StatusChoice;

/**
 * The 总览 tab without a window, on the 2024 sample with the clerk's statuses for two quarters
 * ({@link DashboardSample}), on 10 July 2024.
 */
class DashboardViewModelTest {

    @TempDir
    static Path folder;
    static Workspace workspace;

    final SimpleIntegerProperty dataVersion = new SimpleIntegerProperty();
    final SimpleIntegerProperty progressVersion = new SimpleIntegerProperty();
    final SimpleIntegerProperty indicatorVersion = new SimpleIntegerProperty();
    final List<Throwable> errors = new ArrayList<>();
    DashboardViewModel dashboard;

    @BeforeAll
    static void enterTwoQuarters() throws Exception {
        workspace = DashboardSample.open(folder, DashboardSample.july10());
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @BeforeEach
    void open() {
        dashboard = new DashboardViewModel(new SameThreadTaskRunner(), new SimpleObjectProperty<>(workspace),
                dataVersion, progressVersion, indicatorVersion, errors::add);
    }

    @Test
    void opensOnTheCurrentQuarterOfTheYear() {
        assertThat(dashboard.years()).containsExactly(2024);
        assertThat(dashboard.yearProperty().get()).isEqualTo(2024);
        assertThat(dashboard.quarterProperty().get()).isEqualTo(3);
        assertThat(dashboard.titleProperty().get()).isEqualTo("2024年三季度 工作进展总览");
        assertThat(errors).isEmpty();
    }

    @Test
    void figuresReadWithTheDataAreShownByTheReadTheOpeningSetsOffAndByNoLaterOne() {
        // Read ahead for the third quarter, but told apart from a real read by having no figures.
        DashboardViewModel.Figures ahead = new DashboardViewModel.Figures(List.of(2024),
                new org.qiyouxiang.db.model.Quarter(2024, 3), null);
        List<DashboardViewModel.Figures> source = new ArrayList<>(List.of(ahead));
        dashboard.firstReadFrom(() -> source.isEmpty() ? null : source.remove(0));

        dataVersion.set(dataVersion.get() + 1);
        assertThat(dashboard.titleProperty().get()).isEqualTo("2024年三季度 工作进展总览");
        assertThat(dashboard.areas()).isEmpty();

        source.add(ahead);
        progressVersion.set(progressVersion.get() + 1);
        assertThat(dashboard.areas()).as("a later read reads the database").hasSize(8);
    }

    @Test
    void figuresReadAheadWhileTheTabIsHiddenAreDroppedAndReadAgainWhenItShows() {
        DashboardViewModel.Figures ahead = new DashboardViewModel.Figures(List.of(2024),
                new org.qiyouxiang.db.model.Quarter(2024, 3), null);
        dashboard.firstReadFrom(() -> ahead);
        dashboard.activeProperty().set(false);

        dataVersion.set(dataVersion.get() + 1);
        dashboard.activeProperty().set(true);

        assertThat(dashboard.areas()).hasSize(8);
    }

    @Test
    void theCountsByAreaAddUpToTheItems() {
        dashboard.quarterProperty().set(1);

        assertThat(dashboard.areas()).extracting(Summary.AreaCounts::area).hasSize(8).startsWith("幼有善育");
        for (Summary.AreaCounts area : dashboard.areas()) {
            StatusCounts c = area.counts();
            assertThat(c.done() + c.onTrack() + c.lagging() + c.notReported() + c.other()).isEqualTo(c.items());
        }
        StatusCounts total = dashboard.totalsProperty().get();
        assertThat(total.items()).isEqualTo(91);
        assertThat(total.done()).isEqualTo(DashboardSample.ids(workspace, 1, Status.DONE).size());
        assertThat(total.onTrack()).isEqualTo(DashboardSample.ids(workspace, 1, Status.ON_TRACK).size());
        assertThat(total.lagging()).isEqualTo(DashboardSample.ids(workspace, 1, Status.LAGGING).size());
        assertThat(total.notReported() + total.other()).isEqualTo(91 - 23 - 23 - 23);
    }

    @Test
    void theRankingIsOrderedByCompletionRateThenFewerLagging() {
        dashboard.quarterProperty().set(2);

        List<Summary.UnitRank> ranking = dashboard.ranking();
        assertThat(ranking).hasSizeGreaterThan(10);
        assertThat(ranking).extracting(Summary.UnitRank::rank).isSorted().startsWith(1);
        assertThat(ranking).isSortedAccordingTo(Comparator
                .comparing((Summary.UnitRank u) -> u.counts().completionRate()).reversed()
                .thenComparing(u -> u.counts().lagging()));
        assertThat(ranking).allSatisfy(u -> assertThat(u.previousRank()).isNotNull());
    }

    @Test
    void theLaggingListHoldsExactlyTheLaggingItemsInTheListsOrder() {
        dashboard.quarterProperty().set(1);

        assertThat(dashboard.lagging()).extracting(ReportItem::id)
                .containsExactlyElementsOf(DashboardSample.ids(workspace, 1, Status.LAGGING));
        assertThat(dashboard.lagging()).allSatisfy(i -> assertThat(i.problems()).isEqualTo("资金尚未到位。"));
    }

    @Test
    void switchingTheQuarterChangesTheFigures() {
        dashboard.quarterProperty().set(1);
        StatusCounts first = dashboard.totalsProperty().get();

        dashboard.quarterProperty().set(2);

        StatusCounts second = dashboard.totalsProperty().get();
        assertThat(second).isNotEqualTo(first);
        assertThat(second.done()).isEqualTo(31);
        assertThat(second.lagging()).isEqualTo(DashboardSample.ids(workspace, 2, Status.LAGGING).size());
        assertThat(second.notReported()).isZero();
        assertThat(dashboard.lagging()).extracting(ReportItem::id)
                .containsExactlyElementsOf(DashboardSample.ids(workspace, 2, Status.LAGGING));
        assertThat(dashboard.titleProperty().get()).isEqualTo("2024年二季度 工作进展总览");
    }

    @Test
    void progressSavedElsewhereIsReadAgainAndTheChosenQuarterStays() throws Exception {
        dashboard.quarterProperty().set(2);
        long item = DashboardSample.ids(workspace, 2, Status.DONE).iterator().next();

        setStatus(item, Status.LAGGING);
        progressVersion.set(progressVersion.get() + 1);

        try {
            assertThat(dashboard.quarterProperty().get()).isEqualTo(2);
            assertThat(dashboard.lagging()).extracting(ReportItem::id).contains(item);
            assertThat(dashboard.totalsProperty().get().done()).isEqualTo(30);
        } finally {
            setStatus(item, Status.DONE);
        }
    }

    @Test
    void aHiddenDashboardReadsOnlyOnceShownAgain() throws Exception {
        dashboard.quarterProperty().set(2);
        dashboard.activeProperty().set(false);
        long item = DashboardSample.ids(workspace, 2, Status.DONE).iterator().next();

        setStatus(item, Status.LAGGING);
        progressVersion.set(progressVersion.get() + 1);
        try {
            assertThat(dashboard.lagging()).extracting(ReportItem::id).doesNotContain(item);

            dashboard.activeProperty().set(true);

            assertThat(dashboard.lagging()).extracting(ReportItem::id).contains(item);
        } finally {
            setStatus(item, Status.DONE);
        }
    }

    @Test
    void theDataReadAgainKeepsTheChosenQuarter() {
        dashboard.quarterProperty().set(1);

        dataVersion.set(dataVersion.get() + 1);

        assertThat(dashboard.quarterProperty().get()).isEqualTo(1);
        assertThat(dashboard.yearProperty().get()).isEqualTo(2024);
    }

    @Test
    void theKeyIndicatorsRateCountsTheYearsKeyIndicators() {
        assertThat(dashboard.indicatorRate()).isNotNull();
        assertThat(dashboard.indicatorRate().total()).isEqualTo(
                workspace.indicators().keyIndicators(2024).size());
    }

    @Test
    void formsSentAndNotReturnedAreOwedAndComeFirst() throws Exception {
        var sent = workspace.forms().generate(2024, 1, folder.resolve("forms"));
        var back = sent.get(0);
        workspace.forms().store(workspace.forms().preview(List.of(back.file()), OptionalInt.of(1)));

        dashboard.quarterProperty().set(1);

        assertThat(dashboard.returns()).extracting(FormDispatch::unit)
                .containsExactlyInAnyOrderElementsOf(workspace.progress().load(2024).orElseThrow().units());
        assertThat(dashboard.returns()).last().satisfies(f -> {
            assertThat(f.unit()).isEqualTo(back.unit());
            assertThat(DashboardTexts.owed(f)).isFalse();
            assertThat(f.changeCount()).isZero();
        });
        assertThat(dashboard.returns().subList(0, sent.size() - 1))
                .allSatisfy(f -> assertThat(DashboardTexts.owed(f)).isTrue());
        assertThat(DashboardTexts.returnsSummary(dashboard.returns())).isEqualTo(
                "已发出 " + sent.size() + " 份，已收回 1 份，未收回 " + (sent.size() - 1) + " 份");
    }

    @Test
    void withoutAWorkspaceTheDashboardIsEmpty() {
        DashboardViewModel empty = new DashboardViewModel(new SameThreadTaskRunner(), new SimpleObjectProperty<>(),
                dataVersion, progressVersion, indicatorVersion, errors::add);

        assertThat(empty.years()).isEmpty();
        assertThat(empty.yearProperty().get()).isNull();
        assertThat(empty.dashboardProperty().get()).isNull();
        assertThat(empty.totalsProperty().get()).isEqualTo(StatusCounts.NONE);
    }

    private static void setStatus(long item, Status status) throws Exception {
        var stored = workspace.progress().load(2024).orElseThrow().progress(item, 2);
        workspace.progress().apply(ChangeSet.edit(Change.of(stored, ProgressField.STATUS,
                StatusChoice.overridden(status, "专班核定"))));
    }
}
