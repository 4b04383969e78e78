package org.qiyouxiang.app.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.app.core.targets.Judgement;
import org.qiyouxiang.app.core.targets.Verdict;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.app.service.IndicatorSeries;
import org.qiyouxiang.app.service.YearTarget;
import org.qiyouxiang.db.model.IndicatorActual;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The indicator card of the item pane and the five-year chart, as the clerk sees them. */
class IndicatorCardAndTrendTest {

    private final FxRobot robot = new FxRobot();
    private Stage owner;

    @BeforeEach
    void stage() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theCardShowsTheIndicatorsFactsTargetsAndJudgedLatestActual() throws Exception {
        IndicatorRow rate = new IndicatorRow(7, "劳有所得", "7", "城镇调查失业率(%)", true, "%", "县人社局",
                Direction.LOWER, "4.7", List.of(new YearTarget(2023, "<5", null), new YearTarget(2024, "<5", "<5"),
                new YearTarget(2025, "<5", null), new YearTarget(2026, "<5", null), new YearTarget(2027, "完成省定任务", null)),
                2024, true, new IndicatorActual(7, 2024, 2, "5.3", LocalDate.of(2024, 7, 5), null),
                Judgement.notMet("实际 5.3，目标 <5"), 0);

        FxToolkit.setupStage(stage -> stage.setScene(new Scene(new StackPane(new IndicatorCard(rate)), 640, 360)));
        FxToolkit.showStage();
        IndicatorCard card = robot.lookup("#indicatorCard").queryAs(IndicatorCard.class);

        assertThat(robot.from(card).lookup(".indicator-card-name").queryAs(Label.class).getText())
                .isEqualTo("★ 城镇调查失业率(%)");
        assertThat(robot.from(card).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("越低越好", "县人社局", "4.7", "2027年", "完成省定任务", "5.3", "实际 5.3，目标 <5");
        Label chip = robot.from(card).lookup(".verdict-chip").queryAs(Label.class);
        assertThat(chip.getText()).isEqualTo("未达标");
        assertThat(chip.getStyleClass()).contains("verdict-not-met");
    }

    @Test
    void theChartDrawsTargetsAndActualsWithAGapWhereATextHasNoNumber() throws Exception {
        IndicatorSeries series = new IndicatorSeries(15, "长期护理保险覆盖人数(万人)", "万人", List.of(
                new IndicatorSeries.Point(2022, true, "", null, "0.8", new BigDecimal("0.8"), null),
                new IndicatorSeries.Point(2023, false, "1.0", new BigDecimal("1.0"), "1.1", new BigDecimal("1.1"),
                        Verdict.MET),
                new IndicatorSeries.Point(2024, false, "1.2", new BigDecimal("1.2"), "", null, Verdict.UNDECIDED),
                new IndicatorSeries.Point(2025, false, "全覆盖", null, "", null, Verdict.UNDECIDED),
                new IndicatorSeries.Point(2026, false, "1.6", new BigDecimal("1.6"), "", null, Verdict.UNDECIDED),
                new IndicatorSeries.Point(2027, false, "1.8", new BigDecimal("1.8"), "", null, Verdict.UNDECIDED)));
        FxToolkit.setupStage(stage -> stage.setScene(new Scene(new StackPane(), 400, 300)));
        FxToolkit.showStage();

        AtomicReference<TrendDialog> dialog = new AtomicReference<>();
        Platform.runLater(() -> {
            dialog.set(new TrendDialog(owner, series));
            dialog.get().show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#trendDialog").tryQuery().isPresent());

        LineChart<?, ?> chart = robot.lookup("#trendDialog #trendChart").queryAs(LineChart.class);
        assertThat(chart.getData()).extracting(s -> s.getName() + " " + s.getData().size())
                .containsExactly("trend-target 2", "trend-target 2", "trend-actual 2");
        assertThat(robot.lookup("#trendDialog #trendUndrawn").queryAs(Label.class).getText())
                .isEqualTo("图中未画出（不是数字）：2025年目标“全覆盖”");
        assertThat(robot.lookup("#trendDialog .verdict-chip").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("达标");
        robot.interact(() -> dialog.get().close());
    }
}
