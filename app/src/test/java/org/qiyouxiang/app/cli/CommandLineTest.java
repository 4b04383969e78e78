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
import org.qiyouxiang.app.ChildJvm;
import org.qiyouxiang.app.Launcher;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.service.InstanceLock;
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
    void versionNamesTheApp() {
        int code = run("--version");

        assertThat(code).isZero();
        // Run from the classes, not the jar: no manifest gives a version.
        assertThat(out.toString().strip()).isEqualTo("七优享工程进度管理 开发版");
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
    void theMemoryBenchNamesALauncherThatIsNotThere() {
        Path missing = temp.resolve("安装 目录").resolve("bin").resolve("Qiyouxiang");

        int code = run("bench", "memory", "--launcher", missing.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("找不到可运行的启动程序", missing.toString());
        assertThat(out.toString()).doesNotContain("BENCH");
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
        assertThat(CommandLine.isCommand(new String[] {"--data", "x", "check"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--data", "x", "--sample"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {})).isFalse();
    }

    @Test
    void onlyCommandsThatOpenTheDataFolderNeedItsLock() {
        assertThat(CommandLine.usesDataFolder(new String[] {"backup"})).isTrue();
        assertThat(CommandLine.usesDataFolder(new String[] {"restore", "x.zip"})).isTrue();
        assertThat(CommandLine.usesDataFolder(new String[] {"import", "--help"})).isFalse();
        assertThat(CommandLine.usesDataFolder(new String[] {"--version"})).isFalse();
    }

    @Test
    void theDataFolderIsReadBeforeAnythingElse() {
        assertThat(CommandLine.dataFolder(new String[] {"--data", "D:/数据 目录", "import", "a.xlsx"}))
                .isEqualTo(Path.of("D:/数据 目录"));
        assertThat(CommandLine.dataFolder(new String[] {"--data=数据", "--sample"})).isEqualTo(Path.of("数据"));
        assertThat(CommandLine.dataFolder(new String[] {"import", "--data", "a.xlsx"}))
                .isEqualTo(org.qiyouxiang.db.DataFolder.defaultLocation());
    }

    @Test
    void backupWritesAVerifiedBackupAndSaysWhere() throws IOException {
        run("--data", data().toString(), "import", Samples.workList().toString());

        int code = run("--data", data().toString(), "backup");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("已备份到“" + data().resolve("backups").toAbsolutePath(), "并已检查可用");
        try (var files = Files.list(data().resolve("backups"))) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.endsWith("-manual.backup.zip"));
        }
    }

    @Test
    void backupToAFileOfOnesChoosingAndRestoreFromIt() throws IOException {
        run("--data", data().toString(), "import", Samples.workList().toString());
        Path usb = temp.resolve("U 盘").resolve("七优享 备份.zip");
        run("--data", data().toString(), "backup", "--out", usb.toString());
        Path other = temp.resolve("新电脑 数据");

        int code = run("--data", other.toString(), "restore", usb.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("已从“" + usb.toAbsolutePath() + "”恢复数据");
        try (Database db = Database.open(other)) {
            assertThat(new WorkListService(db).workList(2024).orElseThrow().items()).hasSize(91);
        }
    }

    @Test
    void restoreKeepsTheCurrentFileAside() throws IOException {
        run("--data", data().toString(), "import", Samples.workList().toString());
        Path backup = temp.resolve("备份.zip");
        run("--data", data().toString(), "backup", "--out", backup.toString());

        run("--data", data().toString(), "restore", backup.toString());

        assertThat(out.toString()).contains("原来的数据文件已保留为“qiyouxiang-before-restore-");
        try (var files = Files.list(data())) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("qiyouxiang-before-restore-"));
        }
    }

    @Test
    void restoreOfSomethingElseIsBadInputAndChangesNothing() throws IOException {
        run("--data", data().toString(), "import", Samples.workList().toString());
        byte[] before = Files.readAllBytes(data().resolve("qiyouxiang.mv.db"));

        int code = run("--data", data().toString(), "restore", Samples.workList().toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("“嵊泗县2024年七优享工作清单.xlsx”不是可用的备份");
        assertThat(Files.readAllBytes(data().resolve("qiyouxiang.mv.db"))).isEqualTo(before);
    }

    @Test
    void checkSaysSoundWithExitZero() {
        run("--data", data().toString(), "import", Samples.workList().toString());

        int code = run("--data", data().toString(), "check");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("数据库完好：已读取全部数据，数据版本 ", "最近的备份：", "检查通过");
    }

    @Test
    void checkOfADamagedFileSaysSoWithExitTwoAndChangesNothing() throws IOException {
        run("--data", data().toString(), "import", Samples.workList().toString());
        Path file = data().resolve("qiyouxiang.mv.db");
        try (var raw = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raw.write(new byte[8192]);
        }
        byte[] damaged = Files.readAllBytes(file);

        int code = run("--data", data().toString(), "check");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("数据库文件已损坏，无法完整读取。下次启动程序时会把它移到一旁保留（不删除）");
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void aSecondProgramOnTheSameDataFolderStopsWithExitTwoBeforeTouchingIt() throws Exception {
        run("--data", data().toString(), "import", Samples.workList().toString());
        byte[] before = Files.readAllBytes(data().resolve("qiyouxiang.mv.db"));
        try (InstanceLock held = InstanceLock.tryAcquire(data()).orElseThrow();
             ChildJvm second = ChildJvm.start(Launcher.class, "--data", data().toString(), "import", "--yes",
                     Samples.workList().toString())) {

            assertThat(second.waitFor(120)).isEqualTo(Launcher.ALREADY_RUNNING);
            assertThat(second.errors()).contains("程序已经打开：数据文件夹“" + data().toAbsolutePath() + "”正由另一个七优享窗口或命令使用。"
                    + "请先关闭已打开的程序，再重试。");
        }
        assertThat(Files.readAllBytes(data().resolve("qiyouxiang.mv.db"))).isEqualTo(before);
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
