package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.app.core.targets.Judgement;
import org.qiyouxiang.app.core.targets.Verdict;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.model.ChangeRecord;
import org.qiyouxiang.db.model.IndicatorActual;
import org.qiyouxiang.db.model.TargetSource;

/** Reporting actual values and judging them, and the clerk's changes to indicators, through the service. */
class IndicatorServiceTest {

    @TempDir
    Path folder;
    Database database;
    IndicatorService indicators;

    @BeforeEach
    void importBothTables() throws Exception {
        database = Database.open(folder.resolve("数据 目录"));
        IndicatorImportService imports = new IndicatorImportService(database);
        imports.store(imports.preview(Samples.fiveYearTargets(), OptionalInt.empty()), false);
        imports.store(imports.preview(Samples.keyIndicators(), OptionalInt.empty()), false);
        indicators = new IndicatorService(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @ParameterizedTest(name = "{0} {1}: {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            每千人口拥有3岁以下婴幼儿托位数(个)                 | 2024 | 2.65                | MET
            每千人口拥有3岁以下婴幼儿托位数(个)                 | 2024 | 2.5                 | NOT_MET
            每千人口拥有3岁以下婴幼儿托位数(个)                 | 2025 | 4.4                 | NOT_MET
            城镇调查失业率(%)                                   | 2024 | 4.2%                | MET
            城镇调查失业率(%)                                   | 2024 | 5.3                 | NOT_MET
            基本医疗保险政策范围内住院报销比例(含大病保险)(%)   | 2024 | 职工86%；城乡居民71% | MET
            基本医疗保险政策范围内住院报销比例(含大病保险)(%)   | 2024 | 职工84%；城乡居民65% | NOT_MET
            长期护理保险覆盖人数(万人)                          | 2027 | 已完成              | MET
            长期护理保险覆盖人数(万人)                          | 2025 | 1.2                 | UNDECIDED
            """)
    void theLatestActualIsJudgedAgainstTheTargetOfItsYear(String name, int year, String actual, Verdict verdict)
            throws Exception {
        IndicatorRow row = indicators.recordActual(id(name), year, 2, actual, LocalDate.of(year, 7, 10), null);

        assertThat(row.latestActual().text()).isEqualTo(actual);
        assertThat(row.judgement().verdict()).isEqualTo(verdict);
    }

    @Test
    void theLatestQuarterCountsAndClearingItFallsBackToTheQuarterBefore() throws Exception {
        long nursery = id("每千人口拥有3岁以下婴幼儿托位数(个)");
        indicators.recordActual(nursery, 2024, 2, "2.65", LocalDate.of(2024, 7, 5), "半年报");
        IndicatorRow third = indicators.recordActual(nursery, 2024, 3, "2.5", null, null);

        IndicatorRow cleared = indicators.clearActual(nursery, 2024, 3);

        assertThat(third.judgement()).isEqualTo(Judgement.notMet("实际 2.5，目标 2.6"));
        assertThat(cleared.latestActual()).isEqualTo(
                new IndicatorActual(nursery, 2024, 2, "2.65", LocalDate.of(2024, 7, 5), "半年报"));
        assertThat(cleared.judgement()).isEqualTo(Judgement.met("实际 2.65，目标 2.6"));
        assertThat(indicators.actuals(nursery, 2024)).hasSize(1);
    }

    @Test
    void withoutAnActualTheJudgementWaits() {
        IndicatorRow row = indicators.indicator(id("城镇调查失业率(%)"), 2024).orElseThrow();

        assertThat(row.latestActual()).isNull();
        assertThat(row.judgement()).isEqualTo(Judgement.undecided("尚未填写实际值"));
    }

    @Test
    void aReportedValueReplacesTheQuartersEarlierOneAndEveryChangeIsLogged() throws Exception {
        long rate = id("城镇调查失业率(%)");
        indicators.recordActual(rate, 2024, 1, "4.6", null, null);
        indicators.recordActual(rate, 2024, 1, "4.4", null, "更正");
        indicators.clearActual(rate, 2024, 1);

        assertThat(indicators.history(rate)).extracting(ChangeRecord::field, ChangeRecord::oldValue,
                        ChangeRecord::newValue, ChangeRecord::summary)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("actual:2024Q1", null, "4.6", "填报“城镇调查失业率(%)”2024 年一季度实际值：4.6"),
                        org.assertj.core.groups.Tuple.tuple("actual:2024Q1", "4.6", "4.4", "填报“城镇调查失业率(%)”2024 年一季度实际值：4.4"),
                        org.assertj.core.groups.Tuple.tuple("actual:2024Q1", "4.4", null, "清除“城镇调查失业率(%)”2024 年一季度实际值"));
    }

    @Test
    void refusedActualsSayWhyAndWriteNothing() {
        long rate = id("城镇调查失业率(%)");

        assertThatThrownBy(() -> indicators.recordActual(rate, 2024, 2, "  ", null, null))
                .isInstanceOf(EditRejectedException.class).hasMessage("请填写实际值；如要删除已填的值，请使用“清除”。");
        assertThatThrownBy(() -> indicators.recordActual(rate, 2024, 5, "4.2", null, null))
                .hasMessage("季度应为一季度至四季度。");
        assertThatThrownBy(() -> indicators.recordActual(rate, 2031, 1, "4.2", null, null))
                .hasMessage("2031 年不在工程年度 2023—2027 内。");
        assertThatThrownBy(() -> indicators.recordActual(rate, 2024, 1, "4".repeat(501), null, null))
                .hasMessage("实际值过长（501 字，最多 500 字）。");
        assertThatThrownBy(() -> indicators.recordActual(99_999, 2024, 1, "4.2", null, null))
                .hasMessage("找不到该指标，可能已被删除。请刷新后重试。");
        assertThat(indicators.actuals(rate, 2024)).isEmpty();
        assertThat(indicators.history(rate)).isEmpty();
    }

    @Test
    void theClerkChangesNameUnitDirectionAndLeadUnitEachLogged() throws Exception {
        long id = id("安薪指数");

        indicators.updateIndicator(id, new IndicatorEdit("安薪指数(分)", "分", true, Direction.LOWER, "县人力社保局"));

        IndicatorRow row = indicators.indicator(id, 2024).orElseThrow();
        assertThat(row.name()).isEqualTo("安薪指数(分)");
        assertThat(row.unit()).isEqualTo("分");
        assertThat(row.core()).isTrue();
        assertThat(row.direction()).isEqualTo(Direction.LOWER);
        assertThat(row.leadUnit()).isEqualTo("县人社局");
        assertThat(indicators.history(id)).extracting(ChangeRecord::field)
                .containsExactly("name", "unit", "core", "direction");
        assertThat(indicators.history(id).get(0).summary()).isEqualTo("将指标“安薪指数”改名为“安薪指数(分)”");
    }

    @Test
    void anIndicatorCannotTakeAnotherOnesName() {
        long id = id("安薪指数");

        assertThatThrownBy(() -> indicators.updateIndicator(id,
                new IndicatorEdit("城镇调查失业率（%）", "%", false, Direction.LOWER, null)))
                .isInstanceOf(EditRejectedException.class).hasMessage("已有名为“城镇调查失业率（%）”的指标，不能重名。");
        assertThat(indicators.indicator(id, 2024).orElseThrow().name()).isEqualTo("安薪指数");
    }

    @Test
    void aTargetTheProgramCannotReadIsKeptAsWrittenAndJudgedByHand() throws Exception {
        long id = id("普惠托位占比(%)");

        IndicatorRow row = indicators.updateTarget(id, 2025, TargetSource.FIVE_YEAR, "完成省定任务");
        indicators.recordActual(id, 2025, 4, "62%", null, null);

        assertThat(row.targetText(2025)).isEqualTo("完成省定任务");
        assertThat(indicators.indicator(id, 2025).orElseThrow().judgement())
                .isEqualTo(Judgement.undecided("目标为文字说明，需人工判断"));
        assertThat(indicators.history(id).get(0).summary()).isEqualTo("修改“普惠托位占比(%)”2025 年目标（五年目标）：100 → 完成省定任务");
    }

    @Test
    void theBaselineIsTheFiveYearTargetOfTheBaselineYear() throws Exception {
        long id = id("普惠托位占比(%)");

        indicators.updateTarget(id, 2022, TargetSource.FIVE_YEAR, "98.5");

        assertThat(indicators.indicator(id, 2024).orElseThrow().baseline()).isEqualTo("98.5");
    }

    @Test
    void aKeyTargetCanBeAddedAndRemoved() throws Exception {
        long id = id("普惠托位占比(%)");

        indicators.updateTarget(id, 2025, TargetSource.KEY, "≥90%");
        assertThat(indicators.indicator(id, 2025).orElseThrow().targetText(2025)).isEqualTo("≥90%");
        indicators.updateTarget(id, 2025, TargetSource.KEY, null);
        assertThat(indicators.indicator(id, 2025).orElseThrow().targetText(2025)).isEqualTo("100");
    }

    @Test
    void theSeriesGivesEveryYearsTargetAndLatestActualWithTheirNumbers() throws Exception {
        long rate = id("城镇调查失业率(%)");
        indicators.recordActual(rate, 2023, 4, "4.8", null, null);

        IndicatorSeries series = indicators.series(rate).orElseThrow();

        assertThat(series.points()).hasSize(6);
        assertThat(series.points().get(0)).isEqualTo(new IndicatorSeries.Point(2022, true, "", null, "4.7",
                new BigDecimal("4.7"), null));
        assertThat(series.points().get(1)).isEqualTo(new IndicatorSeries.Point(2023, false, "<5", new BigDecimal("5"),
                "4.8", new BigDecimal("4.8"), Verdict.MET));
        assertThat(series.points().get(2).actualText()).isEmpty();
        assertThat(series.points().get(2).verdict()).isEqualTo(Verdict.UNDECIDED);
    }

    private long id(String name) {
        return indicators.indicators(2024).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }
}
