package org.qiyouxiang.app.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.TableKind;

/** Indicator files that cannot be read: each a clear Chinese message naming file, sheet, row and column. */
class IndicatorReaderErrorsTest {

    @TempDir
    Path temp;

    @Test
    void aTextFileNamedXlsxIsNotASpreadsheet() throws Exception {
        Path file = temp.resolve("五年 目标.xlsx");
        Files.writeString(file, "领域,序号,指标,2022年", StandardCharsets.UTF_8);

        assertThat(problem(file)).startsWith("文件“五年 目标.xlsx”：不是 Excel 表格");
    }

    @Test
    void aWorkListIsRecognisedAsTheWrongFile() {
        assertThat(problem(Samples.workList())).isEqualTo("文件“嵊泗县2024年七优享工作清单.xlsx”，工作表“工作清单”："
                + "这是工作清单（有“名称”和“一季度”至“四季度”等列），不是指标表。");
    }

    @Test
    void aHeaderWithoutTheIndicatorColumnNamesItsRow() throws Exception {
        Path file = write("缺指标列.xlsx", Grid.load(Samples.fiveYearTargets()).rename("指标", "内容"));

        assertThat(problem(file)).isEqualTo("文件“缺指标列.xlsx”，工作表“Sheet1”，第 2 行：表头缺少“指标”列（也可写作“指标名称”）。");
    }

    @Test
    void aSheetWithoutAnyHeaderSaysWhatItLacks() throws Exception {
        Grid grid = new Grid();
        grid.rows.add(new java.util.ArrayList<>(List.of("说明", "内容")));
        Path file = write("随便一张表.xlsx", grid);

        assertThat(problem(file)).isEqualTo("文件“随便一张表.xlsx”：找不到指标表的表头。指标表应有“指标”列，"
                + "以及“2022年”至“2027年”等年份列（五年目标）或“完成值”“目标值”列（重点指标）。");
    }

    @Test
    void targetsWithoutANameNameTheCell() throws Exception {
        Path file = write("缺名称.xlsx", Grid.load(Samples.fiveYearTargets()).set(5, 2, ""));

        assertThat(problem(file)).isEqualTo(
                "文件“缺名称.xlsx”，工作表“Sheet1”，第 6 行 C 列：这一行填了目标值，但缺少指标名称。请补上名称。");
    }

    @Test
    void anIndicatorListedTwiceNamesBothRows() throws Exception {
        Path file = write("重复.xlsx", Grid.load(Samples.keyIndicators()).set(12, 2, "城镇调查失业率（%）"));

        assertThat(problem(file)).isEqualTo("文件“重复.xlsx”，工作表“Sheet1”，第 13 行 C 列："
                + "指标“城镇调查失业率（%）”与第 12 行重复（同一指标在表中出现两次）。请删除重复的一行。");
    }

    @Test
    void everyProblemOfTheFileIsListedAtOnce() throws Exception {
        Grid grid = Grid.load(Samples.fiveYearTargets()).set(5, 2, "").set(8, 5, "很".repeat(600));

        assertThatThrownBy(() -> new IndicatorTableReader().read(write("两处错误.xlsx", grid), OptionalInt.empty()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void aKeyTableWithoutAYearAsksForOne() throws Exception {
        Path file = write("重点指标.xlsx", Grid.load(Samples.keyIndicators()).set(0, 0, "重点指标"));

        assertThatThrownBy(() -> new IndicatorTableReader().read(file, OptionalInt.empty()))
                .isInstanceOf(YearNotFoundException.class)
                .hasMessageContaining("无法确定年份");
    }

    @Test
    void aHeaderWithTheSameYearTwiceIsRefused() throws Exception {
        Path file = write("年份重复.xlsx", Grid.load(Samples.fiveYearTargets()).set(1, 5, "2023年"));

        assertThat(problem(file)).isEqualTo("文件“年份重复.xlsx”，工作表“Sheet1”，第 2 行：表头中 2023 年出现了两次。");
    }

    @Test
    void theRecogniserTellsTheThreeTablesApart() throws Exception {
        assertThat(TableRecogniser.recognise(Samples.workList())).isEqualTo(TableKind.WORK_LIST);
        assertThat(TableRecogniser.recognise(Samples.fiveYearTargets())).isEqualTo(TableKind.FIVE_YEAR_TARGETS);
        assertThat(TableRecogniser.recognise(Samples.keyIndicators())).isEqualTo(TableKind.KEY_INDICATORS);
        Path xls = write("重点指标 2024.xls", Grid.load(Samples.keyIndicators()));
        assertThat(TableRecogniser.recognise(xls)).isEqualTo(TableKind.KEY_INDICATORS);
    }

    @Test
    void theRecogniserExplainsAFileThatIsNoneOfThem() throws Exception {
        Grid grid = new Grid();
        grid.rows.add(new java.util.ArrayList<>(List.of("姓名", "电话")));

        assertThatThrownBy(() -> TableRecogniser.recognise(write("通讯录.xlsx", grid)))
                .hasMessage("文件“通讯录.xlsx”：无法识别表格：既不是工作清单（应有“名称”和“一季度”至“四季度”等列），"
                        + "也不是指标表（应有“指标”列，以及“2022年”至“2027年”或“完成值”列）。");
    }

    private Path write(String name, Grid grid) throws Exception {
        Path file = temp.resolve(name);
        Grid.writeSheets(file, Map.of("Sheet1", grid));
        return file;
    }

    private static String problem(Path file) {
        try {
            new IndicatorTableReader().read(file, OptionalInt.empty());
        } catch (ImportException e) {
            return e.getMessage();
        }
        throw new AssertionError("read without a problem: " + file);
    }
}
