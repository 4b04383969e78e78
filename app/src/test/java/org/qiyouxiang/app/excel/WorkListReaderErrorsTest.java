package org.qiyouxiang.app.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.core.ImportException;

/** Files that are not a readable work list: each a clear Chinese message naming file, sheet, row, column. */
class WorkListReaderErrorsTest {

    @TempDir
    Path temp;

    @Test
    void aTextFileNamedXlsxIsNotASpreadsheet() throws Exception {
        Path file = temp.resolve("不是 表格.xlsx");
        Files.writeString(file, "这不是一个表格", StandardCharsets.UTF_8);

        assertThat(problem(file)).isEqualTo("文件“不是 表格.xlsx”：不是 Excel 表格（.xlsx 或 .xls），或文件已损坏。"
                + "请确认选对了文件；如是从邮件或聊天软件保存的，请重新下载。");
    }

    @Test
    void aTruncatedWorkbookIsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(Samples.workList());
        Path file = temp.resolve("只下载了一半.xlsx");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertThat(problem(file)).startsWith("文件“只下载了一半.xlsx”：").contains("已损坏");
    }

    @Test
    void anEmptyFileSaysSo() throws Exception {
        Path file = temp.resolve("空.xlsx");
        Files.write(file, new byte[0]);

        assertThat(problem(file)).contains("空.xlsx", "文件是空的");
    }

    @Test
    void aPasswordProtectedWorkbookAsksForThePasswordToBeRemoved() throws Exception {
        Path file = temp.resolve("加密 清单.xlsx");
        Path plain = temp.resolve("plain.xlsx");
        Files.copy(Samples.workList(), plain);
        encrypt(plain, file);

        assertThat(problem(file)).contains("加密 清单.xlsx", "密码");
    }

    @Test
    void anIndicatorTableIsRecognisedAsTheWrongFile() {
        Path file = Samples.folder().resolve("嵊泗县七优享五年目标.xlsx");

        assertThat(problem(file)).isEqualTo("文件“嵊泗县七优享五年目标.xlsx”，工作表“Sheet1”："
                + "这是指标表（有“指标”和年份或“完成值”列），不是工作清单。");
    }

    @Test
    void aWorkListWithoutANameColumnNamesTheHeaderRow() throws Exception {
        Path file = temp.resolve("缺名称.xlsx");
        Grid.load(Samples.workList()).rename("名称", "内 容 说 明").write(file);

        assertThat(problem(file)).isEqualTo("文件“缺名称.xlsx”，工作表“工作清单”，第 2 行：表头缺少“名称”列（也可写作“事项名称”“工作任务”）。");
    }

    @Test
    void aRowWithoutANameNamesItsCell() throws Exception {
        Path file = temp.resolve("漏填名称.xlsx");
        Grid.load(Samples.workList()).set(6, 3, "").write(file);

        assertThat(problem(file)).isEqualTo("文件“漏填名称.xlsx”，工作表“工作清单”，第 7 行 D 列：这一行有内容，但缺少名称，也不属于上一项。请补上名称。");
    }

    @Test
    void anUnknownKindNamesItsCellAndEveryProblemIsListed() throws Exception {
        Path file = temp.resolve("类型有误.xlsx");
        Grid.load(Samples.workList()).repeatMergedDown(2).set(6, 2, "重点工作").set(13, 2, "其他").write(file);

        ImportException e = thrown(file);

        assertThat(e.problems()).extracting(p -> p.describe()).containsExactly(
                "文件“类型有误.xlsx”，工作表“工作清单”，第 7 行 C 列：无法识别类型“重点工作”，应为重点指标、重点任务或民生实事。",
                "文件“类型有误.xlsx”，工作表“工作清单”，第 14 行 C 列：无法识别类型“其他”，应为重点指标、重点任务或民生实事。");
    }

    @Test
    void aListWithoutAYearAnywhereAsksForOne() throws Exception {
        Path file = temp.resolve("工作清单.xlsx");
        Grid.load(Samples.workList()).set(0, 0, "嵊泗县公共服务“七优享”工程工作清单").write(file);

        assertThatThrownBy(() -> new WorkListReader().read(file, OptionalInt.empty()))
                .isInstanceOf(YearNotFoundException.class);
        assertThat(new WorkListReader().read(file, OptionalInt.of(2025)).workList().year()).isEqualTo(2025);
    }

    @Test
    void theYearMayComeFromTheFileName() throws Exception {
        Path file = temp.resolve("2026年 清单.xlsx");
        Grid.load(Samples.workList()).set(0, 0, "工作清单").write(file);

        assertThat(new WorkListReader().read(file, OptionalInt.empty()).workList().year()).isEqualTo(2026);
    }

    @Test
    void aMissingLeadUnitIsAWarningNotARefusal() throws Exception {
        Path file = temp.resolve("缺单位.xlsx");
        Grid.load(Samples.workList()).set(4, 8, "").write(file);

        WorkListReadResult result = new WorkListReader().read(file, OptionalInt.empty());

        assertThat(result.workList().items()).hasSize(91);
        assertThat(result.warnings()).extracting(w -> w.describe())
                .containsExactly("文件“缺单位.xlsx”，工作表“工作清单”，第 5 行 I 列：没有填写牵头单位。");
    }

    private String problem(Path file) {
        return thrown(file).getMessage();
    }

    private static ImportException thrown(Path file) {
        try {
            new WorkListReader().read(file, OptionalInt.empty());
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError("expected the file to be refused: " + file);
    }

    private static void encrypt(Path source, Path target) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mima");
            OPCPackage opc = OPCPackage.open(source.toFile(), PackageAccess.READ_WRITE);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            } finally {
                opc.revert();
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
    }
}
