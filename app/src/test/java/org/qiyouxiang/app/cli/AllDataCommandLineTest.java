package org.qiyouxiang.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.Samples;

/** {@code export all --out FILE.xlsx}: everything stored, one workbook; exit 0, 2 with nothing stored, 1 when unwritable. */
class AllDataCommandLineTest {

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
    void exportsEverythingAndSaysHowMuchAndWhere() throws Exception {
        run("--data", data(), "import", Samples.fiveYearTargets().toString(), Samples.keyIndicators().toString(),
                Samples.workList().toString());
        Path file = temp.resolve("导出 目录").resolve("全部 数据.xlsx");

        int code = run("--data", data(), "export", "all", "--out", file.toString());

        assertThat(code).isZero();
        assertThat(out.toString().strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo(
                "已导出全部数据：工作清单 91 项，季度进展 0 条，指标 42 个，指标完成值 0 条，修改记录 3 条："
                        + file.toAbsolutePath());
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("说明", "工作清单", "季度进展", "指标", "指标完成值", "修改记录");
            assertThat(workbook.getSheet("工作清单").getLastRowNum()).isEqualTo(91);
        }
    }

    @Test
    void nothingStoredIsBadInput() {
        Path file = temp.resolve("全部.xlsx");

        int code = run("--data", data(), "export", "all", "--out", file.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("数据库中还没有数据");
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileThatCannotBeWrittenIsAFailureAndTheOldOneStays() throws Exception {
        run("--data", data(), "import", Samples.workList().toString());
        Path taken = temp.resolve("全部 数据.xlsx");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("留着.txt"), "old", StandardCharsets.UTF_8);

        int code = run("--data", data(), "export", "all", "--out", taken.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("原文件未被改动");
        assertThat(Files.readString(taken.resolve("留着.txt"), StandardCharsets.UTF_8)).isEqualTo("old");
    }
}
