package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.app.core.TableKind;
import org.qiyouxiang.app.core.indicators.IndicatorEntry;
import org.qiyouxiang.app.core.indicators.IndicatorNames;
import org.qiyouxiang.app.core.indicators.IndicatorTable;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.model.TargetSource;

class IndicatorImportServiceTest {

    /**
     * Read from the two files: the five-year table names 21 indicators, the 2024 key-indicator table 28.
     * Seven are the same indicator written alike (托位数; 0—3 / 0-3 岁筛查率; 城镇调查失业率; 持证养老护理员数;
     * 基本养老保险参保人数, 人 in one and 万人 in the other; 物业服务覆盖率; 困难群众医疗费用综合保障率).
     * The others differ in words (全国 / 国家, 评估率 / 评估, 年人均标准 / 标准金额 …) and stay apart.
     */
    static final int DISTINCT_INDICATORS = 21 + 28 - 7;
    static final List<String> NAMED_IN_BOTH = List.of(
            "每千人口拥有3岁以下婴幼儿托位数(个)", "0-3岁儿童发育监测筛查率(%)", "城镇调查失业率(%)",
            "每万老年人口拥有持证养老护理员数(人)", "基本养老保险参保人数(万人)", "住宅小区专业物业服务覆盖率(%)",
            "困难群众医疗费用综合保障率(%)");

    @TempDir
    Path folder;
    Database database;
    IndicatorImportService imports;
    IndicatorService indicators;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("数据"));
        imports = new IndicatorImportService(database);
        indicators = new IndicatorService(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theFiveYearTableComesInWhole() throws Exception {
        IndicatorImportResult result = imports.store(preview(Samples.fiveYearTargets()), false);

        assertThat(result.summary()).isEqualTo("导入五年目标：7 个领域，21 个指标（新增 21 个，与已有指标合并 0 个）");
        List<IndicatorRow> rows = indicators.indicators(2024);
        assertThat(rows).hasSize(21);
        IndicatorRow first = rows.get(0);
        assertThat(first.area()).isEqualTo("幼有善育");
        assertThat(first.number()).isEqualTo("1");
        assertThat(first.unit()).isEqualTo("个");
        assertThat(first.baseline()).isEqualTo("3.0");
        assertThat(first.targets()).extracting(YearTarget::text).containsExactly("3.8", "4.0", "4.5", "5", "5.5");
    }

    @Test
    void bothTablesGiveTheIndicatorsNamedInBothOnce() throws Exception {
        imports.store(preview(Samples.fiveYearTargets()), false);
        IndicatorImportPreview key = preview(Samples.keyIndicators());

        IndicatorImportResult result = imports.store(key, false);

        assertThat(key.matchedNames()).containsExactlyElementsOf(NAMED_IN_BOTH);
        assertThat(result.summary()).isEqualTo("导入 2024 年重点指标：9 个领域，28 个指标（新增 21 个，与已有指标合并 7 个）");
        assertThat(indicators.indicators(2024)).hasSize(DISTINCT_INDICATORS);
        assertThat(indicators.keyIndicators(2024)).hasSize(28);
    }

    @Test
    void theOrderOfImportDoesNotChangeWhatIsStored() throws Exception {
        imports.store(preview(Samples.keyIndicators()), false);
        imports.store(preview(Samples.fiveYearTargets()), false);

        List<IndicatorRow> rows = indicators.indicators(2024);
        assertThat(rows).hasSize(DISTINCT_INDICATORS);
        try (Database usualOrder = Database.open(folder.resolve("另一份 数据"))) {
            IndicatorImportService other = new IndicatorImportService(usualOrder);
            other.store(other.preview(Samples.fiveYearTargets(), OptionalInt.empty()), false);
            other.store(other.preview(Samples.keyIndicators(), OptionalInt.empty()), false);
            assertThat(rows).extracting(IndicatorRow::name).containsExactlyElementsOf(
                    new IndicatorService(usualOrder).indicators(2024).stream().map(IndicatorRow::name).toList());
        }
        // The five-year table's order, and the key table's others at the end of their area.
        assertThat(rows.subList(0, 4)).extracting(IndicatorRow::name).containsExactly("每千人口拥有3岁以下婴幼儿托位数(个)",
                "普惠托位占比(%)", "0—3岁儿童发育监测筛查率(%)", "托位使用率(%)");
        assertThat(rows.get(2).leadUnit()).isEqualTo("县卫健局");
        assertThat(rows.get(DISTINCT_INDICATORS - 2).area()).isEqualTo("民生实事");
    }

    @Test
    void reimportingNeverDuplicates() throws Exception {
        imports.store(preview(Samples.fiveYearTargets()), false);
        imports.store(preview(Samples.keyIndicators()), false);

        IndicatorImportResult again = imports.store(preview(Samples.keyIndicators()), true);
        imports.store(preview(Samples.fiveYearTargets()), true);

        assertThat(again.created()).isZero();
        assertThat(again.matched()).isEqualTo(28);
        assertThat(again.replaced()).isTrue();
        assertThat(indicators.indicators(2024)).hasSize(DISTINCT_INDICATORS);
    }

    @Test
    void nextYearsKeyIndicatorsAreTheSameIndicatorsWithTargetsOfTheirOwnYear() throws Exception {
        imports.store(preview(Samples.keyIndicators()), false);

        IndicatorImportPreview nextYear = imports.preview(Samples.keyIndicators(), OptionalInt.of(2025));
        imports.store(nextYear, false);

        assertThat(nextYear.matchedCount()).isEqualTo(28);
        assertThat(nextYear.alreadyImported()).isFalse();
        assertThat(indicators.indicators(2025)).hasSize(28);
        assertThat(indicators.keyIndicators(2025)).hasSize(28);
        assertThat(row("托位使用率(%)").target(2025).orElseThrow().key()).isEqualTo(">63");
        assertThat(row("托位使用率(%)").target(2024).orElseThrow().key()).isEqualTo(">63");
    }

    @Test
    void reimportingWithoutConsentIsRefusedAndChangesNothing() throws Exception {
        imports.store(preview(Samples.keyIndicators()), false);
        IndicatorImportPreview again = preview(Samples.keyIndicators());

        assertThat(again.alreadyImported()).isTrue();
        assertThatThrownBy(() -> imports.store(again, false))
                .isInstanceOfSatisfying(TargetsExistException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TableKind.KEY_INDICATORS);
                    assertThat(e.year()).isEqualTo(2024);
                });
        assertThat(indicators.indicators(2024)).hasSize(28);
    }

    @Test
    void aKeyTargetOutranksTheFiveYearTargetOfItsYear() throws Exception {
        imports.store(preview(Samples.fiveYearTargets()), false);
        imports.store(preview(Samples.keyIndicators()), false);

        YearTarget nursery2024 = indicators.indicators(2024).get(0).target(2024).orElseThrow();

        assertThat(nursery2024).isEqualTo(new YearTarget(2024, "4.0", "2.6"));
        assertThat(nursery2024.text()).isEqualTo("2.6");
        assertThat(nursery2024.source()).isEqualTo(TargetSource.KEY);
        assertThat(indicators.indicators(2024).get(0).targetText(2025)).isEqualTo("4.5");
    }

    @Test
    void leadUnitsAreMatchedThroughTheirAliases() throws Exception {
        imports.store(preview(Samples.keyIndicators()), false);

        assertThat(row("城镇调查失业率(%)").leadUnit()).isEqualTo("县人社局");
    }

    @Test
    void theDirectionIsInferredFromBoundsAndNames() throws Exception {
        imports.store(preview(Samples.fiveYearTargets()), false);

        assertThat(row("城镇调查失业率(%)").direction()).isEqualTo(Direction.LOWER);
        assertThat(row("重大慢病过早死亡率(%)").direction()).isEqualTo(Direction.LOWER);
        assertThat(row("欠薪线索动态化解率(%)").direction()).isEqualTo(Direction.HIGHER);
    }

    @Test
    void aDirectionTheClerkChoseSurvivesReimport() throws Exception {
        imports.store(preview(Samples.fiveYearTargets()), false);
        IndicatorRow rate = row("欠薪线索动态化解率(%)");
        indicators.updateIndicator(rate.id(), withDirection(rate, Direction.LOWER));

        imports.store(preview(Samples.fiveYearTargets()), true);

        assertThat(row("欠薪线索动态化解率(%)").direction()).isEqualTo(Direction.LOWER);
    }

    @Test
    void aRenamedIndicatorIsStillFoundUnderItsOldName() throws Exception {
        imports.store(preview(Samples.fiveYearTargets()), false);
        IndicatorRow rate = row("高等教育毛入学率(%)");
        indicators.updateIndicator(rate.id(), new IndicatorEdit("高等教育毛入学率（含成人教育）(%)", "%", false,
                Direction.HIGHER, null));

        imports.store(preview(Samples.fiveYearTargets()), true);

        assertThat(indicators.indicators(2024)).hasSize(21);
        assertThat(indicators.indicator(rate.id(), 2024).orElseThrow().name()).isEqualTo("高等教育毛入学率（含成人教育）(%)");
    }

    @Test
    void aUnitDifferentFromTheStoredOneIsKeptOutAndShown() throws Exception {
        imports.store(preview(Samples.fiveYearTargets()), false);

        IndicatorImportPreview key = preview(Samples.keyIndicators());

        assertThat(key.warnings()).extracting(ImportProblem::describe).containsExactly(
                "文件“嵊泗县2024年七优享重点指标.xlsx”，工作表“Sheet1”，第 21 行：指标“基本养老保险参保人数(万人)”"
                        + "在表中的单位是“万人”，已有的单位是“人”，保留“人”；表中的数值带上“万人”记下，不会当作“人”。");
        imports.store(key, false);
        assertThat(row("基本养老保险参保人数(人)").unit()).isEqualTo("人");
        // 6.07 of the key table is 6.07万人: written so in the 指标 tab and the report, and judged so.
        assertThat(row("基本养老保险参保人数(人)").targetText(2024)).isEqualTo("6.07万人");
        long pensions = row("基本养老保险参保人数(人)").id();
        indicators.recordActual(pensions, 2024, 2, "60000人", null, null);
        assertThat(indicators.indicators(2024).stream().filter(r -> r.id() == pensions).findFirst().orElseThrow()
                .judgement().verdict()).isEqualTo(org.qiyouxiang.app.core.targets.Verdict.NOT_MET);
        indicators.recordActual(pensions, 2024, 3, "6.1万人", null, null);
        assertThat(indicators.indicators(2024).stream().filter(r -> r.id() == pensions).findFirst().orElseThrow()
                .judgement().verdict()).isEqualTo(org.qiyouxiang.app.core.targets.Verdict.MET);
        // A unit the table shares with the stored one leaves the number as written.
        assertThat(row("每万老年人口拥有持证养老护理员数(人)").targetText(2024)).isEqualTo("24.6");
    }

    @Test
    void aBadFileChangesNothing() throws Exception {
        imports.store(preview(Samples.fiveYearTargets()), false);

        assertThatThrownBy(() -> preview(Samples.workList())).isInstanceOf(ImportException.class);

        assertThat(indicators.indicators(2024)).hasSize(21);
    }

    @Test
    void aStoreThatFailsHalfWayLeavesTheDatabaseAsItWas() throws Exception {
        imports.store(preview(Samples.fiveYearTargets()), false);
        IndicatorTable key = preview(Samples.keyIndicators()).table();
        IndicatorEntry tooLong = new IndicatorEntry("Sheet1", 30, "弱有众扶", "28", IndicatorNames.parse("新指标(人)"),
                null, Map.of(2024, "长".repeat(600)), null);
        List<IndicatorEntry> entries = new java.util.ArrayList<>(key.entries());
        entries.add(tooLong);
        IndicatorTable broken = new IndicatorTable(key.kind(), key.title(), key.sourceFile(), key.county(), 2024, null,
                key.targetYears(), entries);

        assertThatThrownBy(() -> imports.store(new IndicatorImportPreview(Path.of("x.xlsx"), broken, List.of(),
                List.of(), false), false)).isInstanceOf(RuntimeException.class);

        assertThat(indicators.indicators(2024)).hasSize(21);
        assertThat(indicators.keyIndicators(2024)).isEmpty();
    }

    private IndicatorRow row(String name) {
        return indicators.indicators(2024).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private IndicatorImportPreview preview(Path file) throws ImportException {
        return imports.preview(file, OptionalInt.empty());
    }

    private static IndicatorEdit withDirection(IndicatorRow row, Direction direction) {
        return new IndicatorEdit(row.name(), row.unit(), row.core(), direction, row.leadUnit());
    }
}
