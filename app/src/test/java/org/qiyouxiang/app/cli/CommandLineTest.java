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
import org.qiyouxiang.app.service.WorkListService;
import org.qiyouxiang.db.Database;

class CommandLineTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLine.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path data() {
        return temp.resolve("数据 目录");
    }

    @Test
    void importPrintsAOneLineSummary() {
        int code = run("--data", data().toString(), "import", Samples.workList().toString());

        assertThat(code).isZero();
        assertThat(out.toString().strip()).isEqualTo("导入 2024 年工作清单：8 个专项，91 项");
    }

    @Test
    void reimportingAYearNeedsYes() {
        run("--data", data().toString(), "import", Samples.workList().toString());

        int refused = run("--data", data().toString(), "import", Samples.workList().toString());
        int replaced = run("--data", data().toString(), "import", "--yes", Samples.workList().toString());

        assertThat(refused).isEqualTo(2);
        assertThat(err.toString()).contains("2024 年的工作清单已存在", "--yes");
        assertThat(replaced).isZero();
        assertThat(itemCount(2024)).isEqualTo(91);
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedAndNothingChanges() throws IOException {
        Path fake = temp.resolve("不是 表格.xlsx");
        Files.writeString(fake, "这不是一个表格", StandardCharsets.UTF_8);

        int code = run("--data", data().toString(), "import", fake.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("不是 表格.xlsx");
        assertThat(years()).isZero();
    }

    @Test
    void oneBadFileAmongSeveralStoresNone() throws IOException {
        Path fake = temp.resolve("坏文件.xlsx");
        Files.writeString(fake, "x", StandardCharsets.UTF_8);

        int code = run("--data", data().toString(), "import", Samples.workList().toString(), fake.toString());

        assertThat(code).isEqualTo(2);
        assertThat(years()).isZero();
    }

    @Test
    void exportWritesTheYearsWorkbook() throws IOException {
        Path copy = temp.resolve("工作 清单.xlsx");
        Files.copy(Samples.workList(), copy, StandardCopyOption.REPLACE_EXISTING);
        run("--data", data().toString(), "import", copy.toString());
        Path target = temp.resolve("导出 结果").resolve("2024年工作清单.xlsx");

        int code = run("--data", data().toString(), "export", "worklist", "--year", "2024", "--out", target.toString());

        assertThat(code).isZero();
        assertThat(target).isRegularFile();
        assertThat(out.toString()).contains("已导出 2024 年工作清单（91 项）");
    }

    @Test
    void exportOfAMissingYearIsBadInput() {
        int code = run("--data", data().toString(), "export", "worklist", "--year", "2031", "--out",
                temp.resolve("x.xlsx").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("没有 2031 年的工作清单");
        assertThat(temp.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void helpListsTheCommandsInChinese() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("import", "export", "导入工作清单");
    }

    @Test
    void recognisesCommandsButNotWindowOptions() {
        assertThat(CommandLine.isCommand(new String[] {"--data", "x", "import", "a.xlsx"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--data", "x", "--sample"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {})).isFalse();
    }

    private int years() {
        try (Database db = Database.open(data())) {
            return new WorkListService(db).years().size();
        }
    }

    private int itemCount(int year) {
        try (Database db = Database.open(data())) {
            return new WorkListService(db).workList(year).orElseThrow().items().size();
        }
    }
}
