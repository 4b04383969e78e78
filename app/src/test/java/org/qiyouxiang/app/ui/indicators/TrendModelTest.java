package org.qiyouxiang.app.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.core.targets.Verdict;
import org.qiyouxiang.app.service.IndicatorSeries;
import org.qiyouxiang.app.service.IndicatorSeries.Point;

/** What the five-year chart draws: runs of numbers with gaps where a text has none, and those texts listed. */
class TrendModelTest {

    @Test
    void aYearWithoutANumberBreaksTheLineAndItsTextIsListed() {
        IndicatorSeries series = new IndicatorSeries(7, "长期护理保险覆盖人数(万人)", "万人", List.of(
                new Point(2022, true, "", null, "0.8", new BigDecimal("0.8"), null),
                new Point(2023, false, "1.0", new BigDecimal("1.0"), "1.1", new BigDecimal("1.1"), Verdict.MET),
                new Point(2024, false, "/", null, "基本覆盖", null, Verdict.UNDECIDED),
                new Point(2025, false, "1.5", new BigDecimal("1.5"), "", null, Verdict.UNDECIDED),
                new Point(2026, false, "1.8", new BigDecimal("1.8"), "", null, Verdict.UNDECIDED),
                new Point(2027, false, "全覆盖", null, "", null, Verdict.UNDECIDED)));

        TrendModel model = new TrendModel(series);

        assertThat(model.categories()).containsExactly("2022年（基期）", "2023年", "2024年", "2025年", "2026年", "2027年");
        assertThat(model.targetRuns()).extracting(run -> run.stream().map(TrendModel.Point::category).toList())
                .containsExactly(List.of("2023年"), List.of("2025年", "2026年"));
        assertThat(model.actualRuns()).extracting(run -> run.stream().map(p -> p.value().toPlainString()).toList())
                .containsExactly(List.of("0.8", "1.1"));
        assertThat(model.undrawn()).containsExactly("2024年完成值“基本覆盖”", "2027年目标“全覆盖”");
    }

    @Test
    void aBaselineGivenAsTextIsListedAsTheBaseline() {
        IndicatorSeries series = new IndicatorSeries(14, "基本养老保险参保人数(人)", "人", List.of(
                new Point(2022, true, "", null, "完成市下达的任务指标", null, null),
                new Point(2023, false, "", null, "", null, Verdict.UNDECIDED)));

        assertThat(new TrendModel(series).undrawn()).containsExactly("2022年基期“完成市下达的任务指标”");
    }
}
