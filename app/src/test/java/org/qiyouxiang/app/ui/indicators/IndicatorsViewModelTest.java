package org.qiyouxiang.app.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.app.core.targets.Judgement;
import org.qiyouxiang.app.core.targets.Verdict;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.app.service.IndicatorService;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.service.YearTarget;
import org.qiyouxiang.app.ui.task.SameThreadTaskRunner;
import org.qiyouxiang.db.model.ChangeRecord;
import org.qiyouxiang.db.model.IndicatorActual;

/** The 指标 tab without a window: what the table shows, and the clerk's edits saved, refused and undone. */
class IndicatorsViewModelTest {

    /** A day in 2026, a year the sample has no data for: the table opens on 2024. */
    static final Clock NOVEMBER_2026 = Clock.fixed(LocalDateTime.of(2026, 11, 23, 10, 15, 30)
            .atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path temp;

    Workspace workspace;
    IndicatorService indicators;
    SimpleIntegerProperty dataVersion = new SimpleIntegerProperty(1);
    IndicatorsViewModel viewModel;

    @BeforeEach
    void openTheSample() throws Exception {
        workspace = Workspace.open(temp.resolve("数据 目录"));
        workspace.samples().load(temp.resolve("samples"));
        indicators = workspace.indicators();
        viewModel = new IndicatorsViewModel(new SameThreadTaskRunner(), new SimpleObjectProperty<>(workspace),
                dataVersion, NOVEMBER_2026);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void opensOnTheLatestYearWithDataWithEveryIndicatorOfTheProgramme() {
        assertThat(viewModel.years()).containsExactly(2023, 2024, 2025, 2026, 2027);
        assertThat(viewModel.yearProperty().get()).isEqualTo(2024);
        assertThat(viewModel.rows()).hasSize(42).allSatisfy(r -> assertThat(r.year()).isEqualTo(2024));
        assertThat(row("城镇调查失业率(%)").targets()).extracting(YearTarget::text)
                .containsExactly("<5", "<5", "<5", "<5", "<5");
        assertThat(row("城镇调查失业率(%)").direction()).isEqualTo(Direction.LOWER);
        assertThat(row("每千人口拥有3岁以下婴幼儿托位数(个)").targetText(2024)).isEqualTo("2.6");
    }

    @Test
    void rowsAreGroupedByAreaInTheOrderOfTheSourceDocument() {
        assertThat(TableLine.byArea(viewModel.rows()).keySet()).extracting(TableLine::areaLabel).containsExactly(
                "幼有善育（4）", "学有优教（6）", "劳有所得（6）", "病有良医（7）", "老有康养（5）", "住有宜居（6）",
                "弱有众扶（6）", "民生实事（1）", "重大项目（1）");
        assertThat(TableLine.byArea(viewModel.rows()).values().iterator().next())
                .extracting(l -> l.row().name()).containsExactly("每千人口拥有3岁以下婴幼儿托位数(个)", "普惠托位占比(%)",
                        "0—3岁儿童发育监测筛查率(%)", "托位使用率(%)");
    }

    @Test
    void choosingAYearJudgesTheTableForThatYear() {
        viewModel.yearProperty().set(2025);

        assertThat(viewModel.rows()).hasSize(42).allSatisfy(r -> assertThat(r.year()).isEqualTo(2025));
    }

    @Test
    void recordingAnActualChangesTheRowsJudgement() {
        IndicatorRow occupancy = row("托位使用率(%)");
        assertThat(occupancy.judgement().verdict()).isEqualTo(Verdict.UNDECIDED);

        ActualForm form = form(occupancy);
        form.textProperty().set("65");
        viewModel.recordActual(form);

        IndicatorRow shown = row("托位使用率(%)");
        assertThat(shown.latestActual()).isEqualTo(new IndicatorActual(occupancy.id(), 2024, 4, "65",
                LocalDate.of(2026, 11, 23), null));
        assertThat(shown.judgement()).isEqualTo(Judgement.met("实际 65，目标 >63"));
        assertThat(viewModel.statusProperty().get()).isEqualTo("已保存（10:15:30）：“托位使用率(%)”2024 年四季度完成值：65");
    }

    @Test
    void undoingAnActualBringsBackWhatTheQuarterHeldBefore() throws Exception {
        long rate = row("城镇调查失业率(%)").id();
        indicators.recordActual(rate, 2024, 2, "4.6", LocalDate.of(2024, 7, 5), "半年报");
        viewModel.reload();
        ActualForm form = form(row("城镇调查失业率(%)"));
        form.quarterProperty().set(2);
        form.textProperty().set("5.3");
        viewModel.recordActual(form);
        assertThat(row("城镇调查失业率(%)").judgement().verdict()).isEqualTo(Verdict.NOT_MET);

        viewModel.undo();

        assertThat(indicators.actuals(rate, 2024)).containsExactly(
                new IndicatorActual(rate, 2024, 2, "4.6", LocalDate.of(2024, 7, 5), "半年报"));
        assertThat(row("城镇调查失业率(%)").judgement().verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void anEditedTargetIsSavedAtOnceAndUndoneByWritingTheOldTextBack() {
        long rate = row("城镇调查失业率(%)").id();

        viewModel.editTarget(row("城镇调查失业率(%)"), 2025, " ≤4.5 ");

        assertThat(indicators.indicator(rate, 2025).orElseThrow().targetText(2025)).isEqualTo("≤4.5");
        assertThat(row("城镇调查失业率(%)").targetText(2025)).isEqualTo("≤4.5");
        assertThat(viewModel.statusProperty().get()).isEqualTo("已保存（10:15:30）：“城镇调查失业率(%)”2025 年目标：<5 → ≤4.5");
        assertThat(viewModel.canUndoProperty().get()).isTrue();

        viewModel.undo();

        assertThat(indicators.indicator(rate, 2025).orElseThrow().targetText(2025)).isEqualTo("<5");
        assertThat(row("城镇调查失业率(%)").targetText(2025)).isEqualTo("<5");
        assertThat(viewModel.canUndoProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).startsWith("已撤销（10:15:30）：");
        assertThat(indicators.history(rate)).extracting(ChangeRecord::oldValue, ChangeRecord::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("<5", "≤4.5"),
                        org.assertj.core.groups.Tuple.tuple("≤4.5", "<5"));
    }

    @Test
    void aTargetTheProgramCannotReadIsKeptAsWrittenAndJudgedByHand() {
        viewModel.editTarget(row("普惠托位占比(%)"), 2024, "完成市下达的任务指标");

        IndicatorRow row = row("普惠托位占比(%)");
        assertThat(row.targetText(2024)).isEqualTo("完成市下达的任务指标");
        assertThat(TargetTips.tip(row, 2024)).isEqualTo("文字说明，需人工判断\n出自五年目标表");
        assertThat(viewModel.problemProperty().get()).isFalse();
    }

    @Test
    void aTargetTypedIntoAKeyOnlyIndicatorGoesToTheKeyIndicatorTable() {
        viewModel.editTarget(row("托位使用率(%)"), 2025, ">66");

        YearTarget target = row("托位使用率(%)").target(2025).orElseThrow();
        assertThat(target).isEqualTo(new YearTarget(2025, null, ">66"));
    }

    @Test
    void undoTakesBackTheEditsOfThisSessionNewestFirst() {
        IndicatorRow rate = row("城镇调查失业率(%)");
        viewModel.editUnit(rate, "个百分点");
        viewModel.editDirection(row("城镇调查失业率(%)"), Direction.HIGHER);

        assertThat(viewModel.undoDescriptionProperty().get()).isEqualTo("“城镇调查失业率(%)”改为越高越好");
        viewModel.undo();
        assertThat(row("城镇调查失业率(%)").direction()).isEqualTo(Direction.LOWER);
        assertThat(row("城镇调查失业率(%)").unit()).isEqualTo("个百分点");
        viewModel.undo();
        assertThat(row("城镇调查失业率(%)").unit()).isEqualTo("%");

        viewModel.undo();
        assertThat(viewModel.statusProperty().get()).isEqualTo("没有可撤销的修改。");
    }

    @Test
    void redoMakesAgainWhatUndoTookBackUntilANewEditIsMade() {
        IndicatorRow rate = row("城镇调查失业率(%)");
        viewModel.editUnit(rate, "个百分点");
        viewModel.editDirection(row("城镇调查失业率(%)"), Direction.HIGHER);
        viewModel.undo();
        viewModel.undo();
        assertThat(viewModel.canRedoProperty().get()).isTrue();
        assertThat(viewModel.redoDescriptionProperty().get()).contains("个百分点");

        viewModel.redo();

        assertThat(row("城镇调查失业率(%)").unit()).isEqualTo("个百分点");
        assertThat(row("城镇调查失业率(%)").direction()).isEqualTo(Direction.LOWER);
        assertThat(viewModel.statusProperty().get()).startsWith("已重做（10:15:30）：");
        assertThat(viewModel.redoDescriptionProperty().get()).isEqualTo("“城镇调查失业率(%)”改为越高越好");

        // A new edit: what was taken back is gone from 重做, and 撤销 still takes back the redone edit.
        viewModel.editTarget(row("城镇调查失业率(%)"), 2025, "≤4.5");
        assertThat(viewModel.canRedoProperty().get()).isFalse();
        viewModel.undo();
        viewModel.undo();
        assertThat(row("城镇调查失业率(%)").unit()).isEqualTo("%");
    }

    @Test
    void aRejectedEditShowsTheChineseReasonAndChangesNothing() {
        IndicatorRow wage = row("安薪指数");

        viewModel.editName(wage, "城镇调查失业率（%）");

        assertThat(viewModel.statusProperty().get()).isEqualTo("未保存：已有名为“城镇调查失业率（%）”的指标，不能重名。");
        assertThat(viewModel.problemProperty().get()).isTrue();
        assertThat(viewModel.refusalsProperty().get()).isEqualTo(1);
        assertThat(row("安薪指数")).isEqualTo(wage);
        assertThat(indicators.indicator(wage.id(), 2024).orElseThrow().name()).isEqualTo("安薪指数");
        assertThat(indicators.history(wage.id())).isEmpty();
        assertThat(viewModel.canUndoProperty().get()).isFalse();
    }

    @Test
    void anEmptyNameIsRefusedToo() {
        viewModel.editName(row("安薪指数"), "   ");

        assertThat(viewModel.statusProperty().get()).isEqualTo("未保存：指标名称不能为空。");
    }

    @Test
    void anEditThatChangesNothingSavesNothing() {
        IndicatorRow rate = row("城镇调查失业率(%)");

        viewModel.editTarget(rate, 2024, "<5");
        viewModel.editName(rate, "城镇调查失业率(%) ");
        viewModel.editDirection(rate, Direction.LOWER);

        assertThat(indicators.history(rate.id())).isEmpty();
        assertThat(viewModel.canUndoProperty().get()).isFalse();
    }

    @Test
    void anImportForgetsTheUndoStackAndReadsTheTableAgain() {
        viewModel.editTarget(row("城镇调查失业率(%)"), 2025, "≤4.5");

        dataVersion.set(2);

        assertThat(viewModel.canUndoProperty().get()).isFalse();
        assertThat(row("城镇调查失业率(%)").targetText(2025)).isEqualTo("≤4.5");
    }

    @Test
    void theTrendGivesTheBaselineAndEveryYear() {
        AtomicReference<org.qiyouxiang.app.service.IndicatorSeries> shown = new AtomicReference<>();

        viewModel.loadTrend(row("城镇调查失业率(%)"), shown::set);

        assertThat(shown.get().points()).extracting(p -> p.year()).containsExactly(2022, 2023, 2024, 2025, 2026, 2027);
    }

    @Test
    void withoutAWorkspaceTheTableIsEmpty() {
        IndicatorsViewModel none = new IndicatorsViewModel(new SameThreadTaskRunner(), new SimpleObjectProperty<>(),
                new SimpleIntegerProperty(0), NOVEMBER_2026);

        assertThat(none.rows()).isEmpty();
        assertThat(none.years()).isEmpty();
    }

    private ActualForm form(IndicatorRow row) {
        AtomicReference<ActualForm> form = new AtomicReference<>();
        viewModel.prepareActual(row, form::set);
        return form.get();
    }

    private IndicatorRow row(String name) {
        List<IndicatorRow> rows = viewModel.rows();
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
