package org.qiyouxiang.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.service.IndicatorService;
import org.qiyouxiang.db.Database;

/** {@code import} takes indicator tables too, told apart per file; {@code export indicators} writes the five-year table. */
class IndicatorCommandLineTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLine.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String data() {
        return temp.resolve("数据 目录").toString();
    }

    @Test
    void mixedFilesAreRecognisedAndStoredTargetsFirst() {
        int code = run("--data", data(), "import", Samples.workList().toString(), Samples.keyIndicators().toString(),
                Samples.fiveYearTargets().toString());

        assertThat(code).isZero();
        assertThat(out.toString().strip().lines()).containsExactly(
                "导入五年目标：7 个领域，21 个指标（新增 21 个，与已有指标合并 0 个）",
                "导入 2024 年重点指标：9 个领域，28 个指标（新增 21 个，与已有指标合并 7 个）",
                "导入 2024 年工作清单：8 个专项，91 项");
        assertThat(indicatorCount()).isEqualTo(42);
    }

    @Test
    void theWarningsOfAFileArePrintedBeforeItsSummary() {
        run("--data", data(), "import", Samples.fiveYearTargets().toString());

        int code = run("--data", data(), "import", Samples.keyIndicators().toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("提示：文件“嵊泗县2024年七优享重点指标.xlsx”，工作表“Sheet1”，第 21 行：指标“基本养老保险参保人数(万人)”");
    }

    @Test
    void oneBadFileAmongSeveralStoresNone() throws IOException {
        Path bad = temp.resolve("通讯 录.xlsx");
        Files.writeString(bad, "x", StandardCharsets.UTF_8);

        int code = run("--data", data(), "import", Samples.fiveYearTargets().toString(), bad.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("通讯 录.xlsx");
        assertThat(indicatorCount()).isZero();
    }

    @Test
    void reimportingKeyIndicatorsNeedsYes() {
        run("--data", data(), "import", Samples.keyIndicators().toString());

        int refused = run("--data", data(), "import", Samples.keyIndicators().toString());
        int replaced = run("--data", data(), "import", "--yes", Samples.keyIndicators().toString());

        assertThat(refused).isEqualTo(2);
        assertThat(err.toString()).contains("2024 年的重点指标已导入过。如要替换，请加上 --yes 再运行。数据库未改动。");
        assertThat(replaced).isZero();
        assertThat(indicatorCount()).isEqualTo(28);
    }

    @Test
    void theSameTableTwiceInOneCommandIsRefused() throws IOException {
        Path copy = temp.resolve("五年目标 副本.xlsx");
        Files.copy(Samples.fiveYearTargets(), copy, StandardCopyOption.REPLACE_EXISTING);

        int code = run("--data", data(), "import", Samples.fiveYearTargets().toString(), copy.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("文件“嵊泗县七优享五年目标.xlsx”和“五年目标 副本.xlsx”是同一张表（五年目标）");
        assertThat(indicatorCount()).isZero();
    }

    @Test
    void exportIndicatorsWritesTheFiveYearTableWithTheYearsActuals() {
        run("--data", data(), "import", Samples.fiveYearTargets().toString());
        Path target = temp.resolve("导出 结果").resolve("五年目标.xlsx");

        int code = run("--data", data(), "export", "indicators", "--year", "2024", "--out", target.toString());

        assertThat(code).isZero();
        assertThat(target).isRegularFile();
        assertThat(out.toString()).contains("已导出五年目标（21 个指标，附 2024 年实际值）");
    }

    @Test
    void exportIndicatorsWithoutTheFiveYearTableIsBadInput() {
        run("--data", data(), "import", Samples.keyIndicators().toString());

        int code = run("--data", data(), "export", "indicators", "--out", temp.resolve("x.xlsx").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("数据库中没有五年目标，请先导入五年目标表。");
        assertThat(temp.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void theDefaultYearOfTheActualsIsThisYearWithinTheProgramme() {
        assertThat(ExportCommand.IndicatorsExport.currentYearWithin(java.util.List.of(2023, 2024, 2025, 2026, 2027)))
                .isBetween(2023, 2027);
    }

    private int indicatorCount() {
        try (Database db = Database.open(Path.of(data()))) {
            return new IndicatorService(db).indicators(2024).size();
        }
    }
}
