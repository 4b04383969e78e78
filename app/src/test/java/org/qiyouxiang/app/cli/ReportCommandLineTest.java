package org.qiyouxiang.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.Samples;

/** export report (.xlsx and .pdf), export forms, and import of a returned form, on the command line. */
class ReportCommandLineTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLine.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String data() {
        return temp.resolve("数据").toString();
    }

    @BeforeEach
    void importSample() {
        assertThat(run("--data", data(), "import", Samples.fiveYearTargets().toString(), Samples.keyIndicators().toString(),
                Samples.workList().toString())).isZero();
    }

    @Test
    void aReportExportSaysWhatTheStartRepairedAsEveryCommandDoes() throws Exception {
        // The database file is gone (deleted, quarantined): the start restores the newest backup and says so.
        Files.delete(Path.of(data()).resolve("qiyouxiang.mv.db"));

        assertThat(run("--data", data(), "export", "report", "--year", "2024", "--quarter", "2", "--out",
                temp.resolve("报告.xlsx").toString())).isZero();

        assertThat(err.toString()).startsWith("注意：");
        assertThat(out.toString()).contains("已导出 2024 年二季度报告");
    }

    @Test
    void exportsTheReportAsExcelAndAsPdf() throws Exception {
        Path xlsx = temp.resolve("报告 二季度.xlsx");
        Path pdf = temp.resolve("报告 二季度.pdf");

        assertThat(run("--data", data(), "export", "report", "--year", "2024", "--quarter", "2", "--out",
                xlsx.toString())).isZero();
        assertThat(run("--data", data(), "export", "report", "--year", "2024", "--quarter", "2", "--out",
                pdf.toString())).isZero();

        assertThat(out.toString()).contains("已导出 2024 年二季度报告");
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("工作清单进展情况");
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(4);
        }
    }

    @Test
    void refusesAQuarterThatIsNotOneToFourAndAYearNotStored() {
        assertThat(run("--data", data(), "export", "report", "--year", "2024", "--quarter", "5", "--out",
                temp.resolve("r.xlsx").toString())).isEqualTo(2);
        assertThat(run("--data", data(), "export", "report", "--year", "2025", "--quarter", "1", "--out",
                temp.resolve("r.xlsx").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("季度应为 1 至 4").contains("没有 2025 年的工作清单");
    }

    @Test
    void generatesFormsAndImportsOneReturnedWithItsPreview() throws Exception {
        Path forms = temp.resolve("填报表");
        assertThat(run("--data", data(), "export", "forms", "--year", "2024", "--quarter", "2", "--dir",
                forms.toString())).isZero();
        List<Path> files;
        try (Stream<Path> list = Files.list(forms)) {
            files = list.sorted().toList();
        }
        assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(f.getFileName().toString()).endsWith("二季度进展填报表.xlsx"));
        Path form = forms.resolve("县卫健局_2024年二季度进展填报表.xlsx");
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.getSheetAt(0).getRow(3).getCell(8).setCellValue("新增普惠托位 120 个。");
            try (OutputStream o = Files.newOutputStream(form)) {
                workbook.write(o);
            }
        }

        assertThat(run("--data", data(), "import", "--quarter", "2", form.toString())).isZero();

        assertThat(out.toString()).contains("填报表“县卫健局_2024年二季度进展填报表.xlsx”（县卫健局）：修改 1 处")
                .contains("完成情况：（空） → 新增普惠托位 120 个。")
                .contains("导入填报表 1 份：修改 1 处，0 处未导入");
    }
}
