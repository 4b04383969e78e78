package org.qiyouxiang.app.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain sheets of the all-data copy: typed cells, texts that stay texts, widths that fit within limits. */
class AllDataWorkbookWriterTest {

    @TempDir
    Path temp;

    private XSSFSheet written(PlainSheet sheet) throws Exception {
        Path file = temp.resolve("全部 数据.xlsx");
        new AllDataWorkbookWriter().write(List.of(sheet), file);
        XSSFWorkbook workbook = new XSSFWorkbook(file.toFile());
        return workbook.getSheetAt(0);
    }

    private static PlainSheet oneRow(Object... values) {
        return new PlainSheet("工作清单", List.of(PlainSheet.text("名称"), PlainSheet.number("完成进度(%)"),
                PlainSheet.longText("完成情况")), List.of(Arrays.asList(values)), true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+86 0580", "-未报送", "@全体"})
    void aTextThatStartsLikeAFormulaIsQuotedText(String text) throws Exception {
        XSSFSheet sheet = written(oneRow(text, null, null));

        assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(text);
        assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void numbersAreNumbersAndTextsAsWrittenAndEmptyValuesNoCells() throws Exception {
        XSSFSheet sheet = written(oneRow("3.80", new BigDecimal("62.5"), null));

        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("3.80");
        assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(62.5);
        assertThat(sheet.getRow(1).getCell(2)).isNull();
    }

    @Test
    void theHeaderIsFrozenAndFilteredAndAWrappedTextMakesItsRowTaller() throws Exception {
        XSSFSheet sheet = written(oneRow("托位", 1, "完成".repeat(60)));

        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C2");
        assertThat(sheet.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
        assertThat(sheet.getRow(1).getHeightInPoints()).isGreaterThan(sheet.getRow(0).getHeightInPoints());
    }

    @Test
    void columnsAreAsWideAsTheirLongestLineWithinTheirKindsLimit() {
        PlainSheet sheet = oneRow("县卫健局", 2024, "完成".repeat(60));

        int[] widths = AllDataWorkbookWriter.widths(sheet);

        assertThat(widths[0]).isEqualTo((8 + 2) * 256);
        assertThat(widths[1]).isEqualTo((11 + 2) * 256);
        assertThat(widths[2]).isEqualTo(AllDataWorkbookWriter.LONG_TEXT_CHARS * 256);
    }
}
