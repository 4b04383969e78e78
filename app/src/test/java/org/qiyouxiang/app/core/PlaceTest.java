package org.qiyouxiang.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceTest {

    @Test
    void problemNamesFileSheetRowAndColumn() {
        ImportProblem problem = new ImportProblem(Place.file("2024 工作清单.xlsx").sheet("工作清单").cell(12, "D"), "缺少名称。");

        assertThat(problem.describe()).isEqualTo("文件“2024 工作清单.xlsx”，工作表“工作清单”，第 12 行 D 列：缺少名称。");
    }

    @Test
    void problemOfAWholeFileNamesOnlyTheFile() {
        ImportProblem problem = new ImportProblem(Place.file("a.txt"), "这不是 Excel 表格。");

        assertThat(problem.describe()).isEqualTo("文件“a.txt”：这不是 Excel 表格。");
    }

    @Test
    void numbersAreNotGroupedInMessages() {
        assertThat(Messages.get("place.row", 12345)).isEqualTo("第 12345 行");
    }
}
