package org.qiyouxiang.app.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.core.indicators.IndicatorEntry;
import org.qiyouxiang.app.core.indicators.IndicatorNames;
import org.qiyouxiang.app.core.indicators.IndicatorTable;

/**
 * The shapes offices give their indicator tables, rebuilt from the two samples: title lines and
 * renamed headers, areas written one character per line, repeated, or once above blank cells, the
 * header repeated after a page break, section headings, .xls, * core marks and full-width brackets.
 * Each must read to the sample's indicators: area, number, name, unit, baseline, every target, lead unit.
 */
class IndicatorShapesTest {

    /** 0-based rows of both samples: title, header, then the indicators. */
    private static final int HEADER = 1;
    private static final int FIRST_ROW = 2;
    /** 0-based row of the five-year sample where 病有良医 starts: a page break in the source document. */
    private static final int PAGE_BREAK = 11;

    @TempDir
    Path temp;

    static Grid fiveYear;
    static Grid key;
    static List<String> fiveYearExpected;
    static List<String> keyExpected;

    @BeforeAll
    static void readSamples() throws Exception {
        fiveYear = Grid.load(Samples.fiveYearTargets()).numbersAsNumericCells();
        key = Grid.load(Samples.keyIndicators()).numbersAsNumericCells();
        fiveYearExpected = view(new IndicatorTableReader().read(Samples.fiveYearTargets(), OptionalInt.empty()).table());
        keyExpected = view(new IndicatorTableReader().read(Samples.keyIndicators(), OptionalInt.empty()).table());
    }

    @Test
    void titleLinesRenamedHeadersAndAnExtraColumn() throws Exception {
        Grid grid = fiveYear.copy().rename("领域", "类 别").rename("指标", "指标名称").rename("2022年", "2022年（基期）")
                .insertRows(0, List.of(List.of("附件1"), List.of()));
        grid.set(HEADER + 2, 9, "备注");
        grid.set(FIRST_ROW + 2, 9, "省定核心指标");

        assertThat(view(read(grid, "附件1 五年目标（改表头）.xlsx"))).isEqualTo(fiveYearExpected);
    }

    @Test
    void theOldXlsFormatWithNumericCells() throws Exception {
        assertThat(view(read(fiveYear, "嵊泗县 七优享五年目标.xls"))).isEqualTo(fiveYearExpected);
        assertThat(view(read(key, "嵊泗县2024年 重点指标.xls"))).isEqualTo(keyExpected);
    }

    @Test
    void areasWrittenOneCharacterPerLine() throws Exception {
        Grid grid = fiveYear.copy();
        for (int r = FIRST_ROW; r < grid.rows.size(); r++) {
            String area = grid.get(r, 0);
            if (!area.isEmpty()) {
                grid.set(r, 0, String.join("\n", area.split("")));
            }
        }

        assertThat(grid.get(FIRST_ROW, 0)).isEqualTo("幼\n有\n善\n育");
        assertThat(view(read(grid, "竖排领域.xlsx"))).isEqualTo(fiveYearExpected);
    }

    @Test
    void areasRepeatedOnEveryRowInsteadOfMerged() throws Exception {
        assertThat(view(read(fiveYear.copy().repeatMergedDown(0), "重复领域.xlsx"))).isEqualTo(fiveYearExpected);
        assertThat(view(read(key.copy().repeatMergedDown(0), "2024年重复领域.xlsx"))).isEqualTo(keyExpected);
    }

    @Test
    void areasWrittenOnceAboveBlankCells() throws Exception {
        Grid grid = fiveYear.copy();
        grid.merges.removeIf(m -> m.getFirstColumn() == 0 && m.getFirstRow() >= FIRST_ROW);

        assertThat(view(read(grid, "领域只写一次.xlsx"))).isEqualTo(fiveYearExpected);
    }

    @Test
    void theHeaderRepeatedAfterAPageBreak() throws Exception {
        Grid grid = fiveYear.copy().insertRows(PAGE_BREAK, List.of(new ArrayList<>(fiveYear.rows.get(HEADER))));

        assertThat(grid.get(PAGE_BREAK, 2)).isEqualTo("指标");
        assertThat(view(read(grid, "分页 重复表头.xlsx"))).isEqualTo(fiveYearExpected);
    }

    @Test
    void sectionHeadingsInsteadOfAnAreaColumn() throws Exception {
        Grid grid = fiveYear.copy().repeatMergedDown(0);
        List<List<String>> rows = new ArrayList<>(grid.rows.subList(0, FIRST_ROW));
        List<CellRangeAddress> merges = new ArrayList<>();
        String area = null;
        for (List<String> row : grid.rows.subList(FIRST_ROW, grid.rows.size())) {
            if (!row.get(0).equals(area)) {
                area = row.get(0);
                merges.add(new CellRangeAddress(rows.size(), rows.size(), 0, 7));
                rows.add(List.of("一二三四五六七".charAt(merges.size() - 1) + "、" + area));
            }
            rows.add(row.subList(1, row.size()));
        }
        Grid headed = new Grid().numbersAsNumericCells();
        headed.rows.addAll(rows.stream().map(r -> (List<String>) new ArrayList<>(r)).toList());
        headed.rows.set(HEADER, new ArrayList<>(grid.rows.get(HEADER).subList(1, 9)));
        headed.merges.addAll(merges);

        assertThat(view(read(headed, "分节标题.xlsx"))).isEqualTo(fiveYearExpected);
    }

    @Test
    void coreMarksAndFullWidthBracketsNameTheSameIndicators() throws Exception {
        Grid grid = fiveYear.copy();
        for (int r = FIRST_ROW; r < grid.rows.size(); r++) {
            grid.set(r, 2, "*" + grid.get(r, 2).replace('(', '（').replace(')', '）'));
        }

        IndicatorTable table = read(grid, "核心指标 全角括号.xlsx");

        assertThat(table.entries()).allSatisfy(e -> assertThat(e.name().core()).isTrue());
        assertThat(table.entries().get(0).name().name()).isEqualTo("每千人口拥有3岁以下婴幼儿托位数（个）");
        assertThat(table.entries().get(0).name().withMark()).isEqualTo("*每千人口拥有3岁以下婴幼儿托位数（个）");
        assertThat(table.entries()).extracting(e -> e.name().key() + " " + e.name().unit())
                .isEqualTo(new IndicatorTableReader().read(Samples.fiveYearTargets(), OptionalInt.empty()).table()
                        .entries().stream().map(e -> e.name().key() + " " + e.name().unit()).toList());
    }

    @Test
    void aKeyTableWithRenamedHeadersAndItsYearInTheValueColumn() throws Exception {
        Grid grid = key.copy().rename("完成值", "2024年目标值").rename("牵头单位", "责任单位")
                .set(0, 0, "嵊泗县公共服务“七优享”工程重点指标");

        IndicatorTable table = read(grid, "重点指标.xlsx");

        assertThat(table.year()).isEqualTo(2024);
        assertThat(view(table)).isEqualTo(keyExpected);
    }

    @Test
    void oneSheetPerAreaWithoutAnAreaColumn() throws Exception {
        Grid repeated = fiveYear.copy().repeatMergedDown(0);
        Map<String, Grid> sheets = new LinkedHashMap<>();
        for (String area : List.of("幼有善育", "学有优教", "劳有所得", "病有良医", "老有康养", "住有宜居", "弱有众扶")) {
            Grid sheet = repeated.keepRows(r -> r < FIRST_ROW || repeated.get(r, 0).equals(area));
            sheets.put(area, sheet.dropColumn(0));
        }
        Path file = temp.resolve("分领域 五年目标.xlsx");
        Grid.writeSheets(file, sheets);

        assertThat(view(new IndicatorTableReader().read(file, OptionalInt.empty()).table())).isEqualTo(fiveYearExpected);
    }

    private IndicatorTable read(Grid grid, String fileName) throws Exception {
        Path file = temp.resolve(fileName);
        Grid.writeSheets(file, Map.of("Sheet1", grid));
        return new IndicatorTableReader().read(file, OptionalInt.empty()).table();
    }

    /** Every text an indicator carries, one line per indicator, with its identity under the normalised name. */
    static List<String> view(IndicatorTable table) {
        return table.entries().stream().map(IndicatorShapesTest::line).toList();
    }

    private static String line(IndicatorEntry e) {
        return String.join(" | ", String.valueOf(e.area()), String.valueOf(e.number()),
                IndicatorNames.key(e.name().name()), String.valueOf(e.name().unit()), String.valueOf(e.baseline()),
                e.targets().toString(), String.valueOf(e.leadUnit()));
    }
}
