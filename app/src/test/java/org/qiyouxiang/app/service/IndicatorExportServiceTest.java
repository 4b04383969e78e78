package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.core.indicators.IndicatorEntry;
import org.qiyouxiang.app.core.indicators.IndicatorTable;
import org.qiyouxiang.app.excel.IndicatorTableReader;
import org.qiyouxiang.db.Database;

/** The five-year table goes out as it came in: every target text, name, number and area equal. */
class IndicatorExportServiceTest {

    @TempDir
    Path folder;
    Database database;
    IndicatorImportService imports;
    IndicatorService indicators;
    IndicatorExportService exports;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("数据"));
        imports = new IndicatorImportService(database);
        indicators = new IndicatorService(database);
        exports = new IndicatorExportService(database, indicators);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theFiveYearSampleExportsBackEqual() throws Exception {
        importFile(Samples.fiveYearTargets());
        importFile(Samples.keyIndicators());
        Path out = folder.resolve("导出 结果").resolve("五年目标 2024.xlsx");

        int written = exports.export(2024, out);

        IndicatorTable sample = read(Samples.fiveYearTargets());
        IndicatorTable exported = read(out);
        assertThat(written).isEqualTo(21);
        assertThat(exported.kind()).isEqualTo(sample.kind());
        assertThat(exported.title()).isEqualTo("嵊泗县公共服务“七优享”工程五年目标");
        assertThat(exported.baselineYear()).isEqualTo(2022);
        assertThat(exported.targetYears()).isEqualTo(sample.targetYears());
        assertThat(texts(exported)).isEqualTo(texts(sample));
    }

    @Test
    void coreMarksGoOutAsTheyCameIn() throws Exception {
        importFile(Samples.fiveYearTargets());
        long nursery = indicators.indicators(2024).get(0).id();
        IndicatorRow row = indicators.indicators(2024).get(0);
        indicators.updateIndicator(nursery, new IndicatorEdit(row.name(), row.unit(), true, row.direction(), null));
        Path out = folder.resolve("核心.xlsx");

        exports.export(2024, out);

        assertThat(read(out).entries().get(0).name().written()).isEqualTo("*每千人口拥有3岁以下婴幼儿托位数(个)");
    }

    @Test
    void theYearsLatestActualsAndJudgementsFollowInColumnsOfTheirOwn() throws Exception {
        importFile(Samples.fiveYearTargets());
        importFile(Samples.keyIndicators());
        long nursery = indicators.indicators(2024).get(0).id();
        indicators.recordActual(nursery, 2024, 2, "2.65", null, null);
        Path out = folder.resolve("带实际值.xlsx");

        exports.export(2024, out);

        IndicatorTable back = read(out);
        assertThat(back.entries()).hasSize(21);
        assertThat(ExportedCells.row(out, 2)).containsSubsequence("2.65", "二季度", "达标", "实际 2.65，目标 2.6");
        assertThat(ExportedCells.row(out, 1)).containsSubsequence("2027年", "2024年实际值", "填报季度", "达标情况", "判断说明");
    }

    @Test
    void withoutTheFiveYearTableThereIsNothingToExport() throws Exception {
        importFile(Samples.keyIndicators());
        Path out = folder.resolve("空.xlsx");

        assertThatThrownBy(() -> exports.export(2024, out)).isInstanceOf(ExportException.class)
                .hasMessage("数据库中没有五年目标，请先导入五年目标表。");
        assertThat(out).doesNotExist();
    }

    private void importFile(Path file) throws Exception {
        imports.store(imports.preview(file, OptionalInt.empty()), false);
    }

    private static IndicatorTable read(Path file) throws Exception {
        return new IndicatorTableReader().read(file, OptionalInt.empty()).table();
    }

    /** Area, number, name as written (with its *), baseline and every year's target of every indicator. */
    private static List<String> texts(IndicatorTable table) {
        return table.entries().stream().map(IndicatorExportServiceTest::texts).toList();
    }

    private static String texts(IndicatorEntry e) {
        return String.join(" | ", e.area(), e.number(), e.name().written(), e.baseline(), e.targets().toString());
    }
}
