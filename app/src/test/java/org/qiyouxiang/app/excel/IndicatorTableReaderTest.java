package org.qiyouxiang.app.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.core.indicators.IndicatorEntry;
import org.qiyouxiang.app.core.indicators.IndicatorTable;
import org.qiyouxiang.db.model.TargetSource;

/** The office's two indicator tables, read cell by cell as the clerk sees them. */
class IndicatorTableReaderTest {

    private final IndicatorTableReader reader = new IndicatorTableReader();

    @Test
    void readsTheFiveYearTableWithItsBaselineAndFiveTargetYears() throws Exception {
        IndicatorTable table = reader.read(Samples.fiveYearTargets(), OptionalInt.empty()).table();

        assertThat(table.kind()).isEqualTo(TargetSource.FIVE_YEAR);
        assertThat(table.title()).isEqualTo("嵊泗县公共服务“七优享”五年目标");
        assertThat(table.county()).isEqualTo("嵊泗县");
        assertThat(table.year()).isNull();
        assertThat(table.baselineYear()).isEqualTo(2022);
        assertThat(table.targetYears()).containsExactly(2023, 2024, 2025, 2026, 2027);
        assertThat(table.entries()).hasSize(21);
        assertThat(table.areas()).containsExactly("幼有善育", "学有优教", "劳有所得", "病有良医", "老有康养", "住有宜居", "弱有众扶");
        assertThat(table.countsByArea().values()).containsOnly(3);
    }

    @Test
    void numericCellsReadAsDisplayedWithTheirDecimals() throws Exception {
        List<IndicatorEntry> entries = reader.read(Samples.fiveYearTargets(), OptionalInt.empty()).table().entries();

        IndicatorEntry nursery = entries.get(0);
        assertThat(nursery.number()).isEqualTo("1");
        assertThat(nursery.name().name()).isEqualTo("每千人口拥有3岁以下婴幼儿托位数(个)");
        assertThat(nursery.name().unit()).isEqualTo("个");
        assertThat(nursery.baseline()).isEqualTo("3.0");
        assertThat(nursery.targets()).isEqualTo(years("3.8", "4.0", "4.5", "5", "5.5"));
        assertThat(entries.get(8).targets()).isEqualTo(years("0.63", "0.90", "1.12", "1.34", "1.56"));
        assertThat(entries.get(9).baseline()).isEqualTo("81.10");
        assertThat(entries.get(9).targets().get(2027)).isEqualTo("82.70");
    }

    @Test
    void textCellsAndEmptyCellsAreKeptAsWritten() throws Exception {
        List<IndicatorEntry> entries = reader.read(Samples.fiveYearTargets(), OptionalInt.empty()).table().entries();

        assertThat(entries.get(6).name().name()).isEqualTo("城镇调查失业率(%)");
        assertThat(entries.get(6).targets()).isEqualTo(years("<5", "<5", "<5", "<5", "<5"));
        assertThat(entries.get(13).baseline()).isEqualTo("完成市下达的任务指标");
        assertThat(entries.get(13).targets()).isEqualTo(years("", "", "", "", ""));
        assertThat(entries.get(14).targets()).isEqualTo(years("/", "/", "/", "/", "全覆盖"));
        assertThat(entries.get(16).name().unit()).isEqualTo("套、间");
    }

    @Test
    void readsTheKeyIndicatorTableWithItsYearAreasAndLeadUnits() throws Exception {
        IndicatorTable table = reader.read(Samples.keyIndicators(), OptionalInt.empty()).table();

        assertThat(table.kind()).isEqualTo(TargetSource.KEY);
        assertThat(table.year()).isEqualTo(2024);
        assertThat(table.county()).isEqualTo("嵊泗县");
        assertThat(table.entries()).hasSize(28);
        assertThat(table.areas()).containsExactly("民生实事", "重大项目", "幼有善育", "学有优教", "劳有所得", "病有良医",
                "老有康养", "住有宜居", "弱有众扶");
        IndicatorEntry project = table.entries().get(1);
        assertThat(project.name().name()).isEqualTo("公共服务“七优享”工程重大项目年度完成投资金额(亿元)");
        assertThat(project.name().unit()).isEqualTo("亿元");
        assertThat(project.targets()).isEqualTo(Map.of(2024, ">0.867"));
        assertThat(project.leadUnit()).isEqualTo("县发改局");
        assertThat(project.baseline()).isNull();
        IndicatorEntry insurance = table.entries().get(13);
        assertThat(insurance.name().name()).isEqualTo("基本医疗保险政策范围内住院报销比例(含大病保险)(%)");
        assertThat(insurance.name().unit()).isEqualTo("%");
        assertThat(insurance.targets()).isEqualTo(Map.of(2024, "职工86、城乡居民70"));
        assertThat(table.entries().get(21).name().unit()).isEqualTo("套(间)");
        assertThat(table.entries().get(15).targets()).isEqualTo(Map.of(2024, "4.12"));
    }

    @Test
    void aYearChosenByTheClerkOverridesTheTitle() throws Exception {
        IndicatorTable table = reader.read(Samples.keyIndicators(), OptionalInt.of(2025)).table();

        assertThat(table.year()).isEqualTo(2025);
        assertThat(table.entries().get(0).targets()).containsOnlyKeys(2025);
    }

    @Test
    void theSamplesReadWithoutWarnings() throws Exception {
        assertThat(reader.read(Samples.fiveYearTargets(), OptionalInt.empty()).warnings()).isEmpty();
        assertThat(reader.read(Samples.keyIndicators(), OptionalInt.empty()).warnings()).isEmpty();
    }

    static Map<Integer, String> years(String... texts) {
        Map<Integer, String> byYear = new LinkedHashMap<>();
        for (int i = 0; i < texts.length; i++) {
            byYear.put(2023 + i, texts[i]);
        }
        return byYear;
    }
}
