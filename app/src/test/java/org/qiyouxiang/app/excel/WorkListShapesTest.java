package org.qiyouxiang.app.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.db.model.WorkList;

/**
 * The shapes offices send: the sample's own content rebuilt as title lines, renamed headers, .xls,
 * repeated instead of merged cells, one sheet per area, section headings, a header repeated after a
 * page break. Each must read to exactly the sample's items: every milestone with its span, unit, person.
 */
class WorkListShapesTest {

    /** 0-based rows of the sample: title, two header rows, then the items. */
    private static final int HEADER = 1;
    private static final int FIRST_ITEM_ROW = 3;

    @TempDir
    Path temp;

    static Grid sample;
    static WorkList expected;

    @BeforeAll
    static void readSample() throws Exception {
        sample = Grid.load(Samples.workList());
        expected = new WorkListReader().read(Samples.workList(), OptionalInt.empty()).workList();
    }

    @Test
    void titleLinesRenamedHeadersAndAnExtraColumn() throws Exception {
        Grid grid = sample.copy()
                .rename("专项名称", "领域").rename("类型", "类别").rename("名称", "事项名称")
                .rename("工作时序", "时间节点").rename("牵头单位", "责任单位").rename("责任人", "联系人")
                .insertRows(0, List.of(List.of("附件2"), List.of()));
        grid.set(HEADER + 2, 10, "备注");
        grid.set(FIRST_ITEM_ROW + 2, 10, "已列入省考核");

        assertReadsAsSample(grid, "附件 2024年工作清单（改表头）.xlsx");
        // The extra column is left out, and the preview says so.
        Path file = temp.resolve("附件 2024年工作清单（改表头）.xlsx");
        assertThat(new WorkListReader().read(file, OptionalInt.empty()).warnings())
                .extracting(org.qiyouxiang.app.core.ImportProblem::describe).containsExactly(
                        "文件“附件 2024年工作清单（改表头）.xlsx”，工作表“工作清单”，第 4 行 K 列：“备注”列不是工作清单的内容，没有导入。");
    }

    @Test
    void areasHeadedAsCategoryBesideATypeColumn() throws Exception {
        // 类别 alone means 类型; beside a 类型 column it can only be the area.
        Grid grid = sample.copy().rename("专项名称", "类别");

        assertReadsAsSample(grid, "附件 类别 与 类型.xlsx");
    }

    @Test
    void theOldXlsFormat() throws Exception {
        assertReadsAsSample(sample, "2024年 工作清单.xls");
    }

    @Test
    void areasKindsNumbersAndNamesRepeatedInsteadOfMerged() throws Exception {
        Grid grid = sample.copy().repeatMergedDown(0, 1, 2, 3);

        assertReadsAsSample(grid, "重复填写.xlsx");
    }

    @Test
    void oneSheetPerAreaWithoutAnAreaColumn() throws Exception {
        Map<String, Grid> sheets = new LinkedHashMap<>();
        Grid repeated = sample.copy().repeatMergedDown(0);
        for (String area : expected.areas()) {
            Grid sheet = repeated.keepRows(r -> r < FIRST_ITEM_ROW || repeated.get(r, 0).equals(area));
            sheets.put(area, sheet.dropColumn(0).set(0, 0, sample.get(0, 0)));
        }
        Path file = temp.resolve("分专项 工作清单.xlsx");
        Grid.writeSheets(file, sheets);

        assertThat(read(file).items()).isEqualTo(expected.items());
    }

    @Test
    void sectionHeadingsInsteadOfAnAreaColumn() throws Exception {
        Grid repeated = sample.copy().repeatMergedDown(0);
        Grid grid = repeated.keepRows(r -> true).dropColumn(0).set(0, 0, sample.get(0, 0));
        List<String> areas = new ArrayList<>(expected.areas());
        Collections.reverse(areas);
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八"};
        for (String area : areas) {
            int first = firstRowOf(repeated, area);
            int n = expected.areas().indexOf(area);
            grid.insertRows(first, List.of(List.of(numerals[n] + "、" + area)));
            grid.merges.add(new CellRangeAddress(first, first, 0, 8));
        }

        assertReadsAsSample(grid, "分节标题.xlsx");
    }

    @Test
    void aSingleHeaderRowWithMonthEndsForQuarters() throws Exception {
        Grid grid = sample.copy().keepRows(r -> r != HEADER + 1);
        grid.merges.removeIf(m -> m.getFirstRow() <= HEADER);
        String[] months = {"3月底", "6月底", "9月底", "12月底"};
        for (int q = 0; q < 4; q++) {
            grid.set(HEADER, 4 + q, months[q]);
        }

        assertReadsAsSample(grid, "单行表头.xlsx");
    }

    @Test
    void theHeaderRepeatedAfterAPageBreak() throws Exception {
        Grid grid = sample.copy().repeatMergedDown(0, 1, 2, 3);
        int pageBreak = 50;
        grid.insertRows(pageBreak, List.of(new ArrayList<>(sample.rows.get(HEADER)),
                new ArrayList<>(sample.rows.get(HEADER + 1))));

        assertReadsAsSample(grid, "分页重复表头.xlsx");
    }

    private void assertReadsAsSample(Grid grid, String fileName) throws Exception {
        Path file = temp.resolve(fileName);
        grid.write(file);

        WorkList list = read(file);

        assertThat(list.items()).isEqualTo(expected.items());
        assertThat(list.year()).isEqualTo(2024);
    }

    private static WorkList read(Path file) throws Exception {
        return new WorkListReader().read(file, OptionalInt.empty()).workList();
    }

    private static int firstRowOf(Grid grid, String area) {
        for (int r = FIRST_ITEM_ROW; r < grid.rows.size(); r++) {
            if (grid.get(r, 0).equals(area)) {
                return r;
            }
        }
        throw new IllegalArgumentException(area);
    }
}
