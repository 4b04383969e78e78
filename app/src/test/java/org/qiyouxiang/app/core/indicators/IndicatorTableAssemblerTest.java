package org.qiyouxiang.app.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.app.core.worklist.SourceCell;
import org.qiyouxiang.db.model.TargetSource;

/** Rows to indicators, without a spreadsheet: areas carried down, headings, notes, duplicates. */
class IndicatorTableAssemblerTest {

    private IndicatorTableAssembler assembler;

    @BeforeEach
    void start() {
        assembler = new IndicatorTableAssembler("五年 目标.xlsx", TargetSource.FIVE_YEAR, 2022);
        assembler.startSheet("Sheet1", new IndicatorColumnLetters("A", "B", "C",
                Map.of(2022, "D", 2023, "E"), null), null);
    }

    @Test
    void anAreaWrittenOnceCoversTheBlankCellsBelowIt() {
        assembler.accept(row(3, "幼\n有\n善\n育", "普惠托位占比(%)", "50", "55"));
        assembler.accept(row(4, "", "0-3岁儿童发育监测筛查率(%)", "90", "95"));

        assertThat(assembler.entries()).extracting(IndicatorEntry::area).containsExactly("幼有善育", "幼有善育");
        assertThat(assembler.entries().get(1).baseline()).isEqualTo("90");
        assertThat(assembler.entries().get(1).targets()).isEqualTo(Map.of(2023, "95"));
    }

    @Test
    void aShortLoneTextIsASectionHeadingANoteIsIgnoredALongTextIsReported() {
        assembler.accept(lone(3, "一、幼有善育"));
        assembler.accept(row(4, "", "普惠托位占比(%)", "50", "55"));
        assembler.accept(lone(5, "注：带*的为省级核心指标"));
        assembler.accept(lone(6, "表 嵊泗县公共服务“七优享”工程五年目标（续）"));

        assertThat(assembler.entries()).extracting(IndicatorEntry::area).containsExactly("幼有善育");
        assertThat(assembler.warnings()).extracting(ImportProblem::describe).containsExactly(
                "文件“五年 目标.xlsx”，工作表“Sheet1”，第 6 行：“表 嵊泗县公共服务“七优享”工程五年目标（续）”不是指标，已跳过。");
    }

    @Test
    void targetsWithoutANameAreAnError() {
        assembler.accept(row(7, "幼有善育", "", "50", "55"));

        assertThat(assembler.errors()).extracting(ImportProblem::describe).containsExactly(
                "文件“五年 目标.xlsx”，工作表“Sheet1”，第 7 行 C 列：这一行填了目标值，但缺少指标名称。请补上名称。");
    }

    @Test
    void theSameIndicatorTwiceIsAnErrorNamingBothRows() {
        assembler.accept(row(3, "幼有善育", "0—3岁儿童发育监测筛查率(%)", "90", "95"));
        assembler.accept(row(9, "幼有善育", "*0-3岁儿童发育监测筛查率（%）", "90", "95"));

        assertThat(assembler.errors()).extracting(ImportProblem::describe).containsExactly(
                "文件“五年 目标.xlsx”，工作表“Sheet1”，第 9 行 C 列：指标“*0-3岁儿童发育监测筛查率（%）”与第 3 行重复"
                        + "（同一指标在表中出现两次）。请删除重复的一行。");
    }

    @Test
    void aTargetLongerThanTheDatabaseTakesIsAnErrorAtItsCell() {
        assembler.accept(row(3, "幼有善育", "普惠托位占比(%)", "50", "长".repeat(501)));

        assertThat(assembler.errors()).extracting(ImportProblem::describe).containsExactly(
                "文件“五年 目标.xlsx”，工作表“Sheet1”，第 3 行 E 列：内容过长（501 字，最多 500 字）。");
    }

    @Test
    void withoutAnyAreaTheClerkIsToldOnce() {
        assembler.accept(row(3, "", "普惠托位占比(%)", "50", "55"));
        assembler.accept(row(4, "", "高等教育毛入学率(%)", "65", "66"));

        assertThat(assembler.entries()).extracting(IndicatorEntry::area).containsExactly(null, null);
        assertThat(assembler.warnings()).hasSize(1);
    }

    private static IndicatorSourceRow row(int row, String area, String name, String baseline, String target) {
        Map<Integer, String> values = new LinkedHashMap<>();
        values.put(2022, baseline);
        values.put(2023, target);
        return new IndicatorSourceRow(row, SourceCell.of(area), "", name, values, "", null);
    }

    private static IndicatorSourceRow lone(int row, String text) {
        return new IndicatorSourceRow(row, SourceCell.EMPTY, "", "", Map.of(), "", text);
    }
}
