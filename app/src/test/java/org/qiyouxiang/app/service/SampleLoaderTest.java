package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.WorkItem;

/** "Load sample" brings the five-year targets, the 2024 key indicators and the 2024 work list, linked. */
class SampleLoaderTest {

    /**
     * Of the work list's 26 key-indicator items, 13 are written like an indicator of the tables (the unit
     * bracket left off); the others say something else (调查失业率 for 城镇调查失业率, 开展职业教育培训90人次,
     * 最低生活保障标准 …) and stay unlinked.
     */
    static final int LINKED_ITEMS = 13;

    @TempDir
    Path folder;

    @Test
    void loadsAllThreeTablesInOneGo() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("示例 数据"))) {
            SampleLoader.Result result = workspace.samples().load(folder.resolve("示例 数据").resolve("samples"));

            assertThat(result.summaries()).containsExactly(
                    "导入五年目标：7 个领域，21 个指标（新增 21 个，与已有指标合并 0 个）",
                    "导入 2024 年重点指标：9 个领域，28 个指标（新增 21 个，与已有指标合并 7 个）",
                    "导入 2024 年工作清单：8 个专项，91 项");
            assertThat(workspace.indicators().indicators(2024)).hasSize(IndicatorImportServiceTest.DISTINCT_INDICATORS);
            assertThat(workspace.workLists().workList(2024).orElseThrow().items()).hasSize(91);
        }
    }

    @Test
    void theWorkListsKeyIndicatorItemsFindTheirIndicators() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("data"))) {
            workspace.samples().load(folder.resolve("samples"));

            List<WorkItem> keyItems = workspace.workLists().workList(2024).orElseThrow().items().stream()
                    .filter(i -> i.kind() == ItemKind.KEY_INDICATOR).toList();
            IndicatorService indicators = workspace.indicators();
            WorkItem nursery = keyItems.get(0);
            WorkItem doctors = keyItems.stream().filter(i -> i.name().startsWith("每千常住人口执业")).findFirst().orElseThrow();

            assertThat(keyItems).hasSize(26);
            assertThat(keyItems.stream().filter(i -> indicators.indicatorForWorkItem(i.id(), 2024).isPresent()))
                    .hasSize(LINKED_ITEMS);
            assertThat(indicators.indicatorForWorkItem(nursery.id(), 2024).orElseThrow().name())
                    .isEqualTo("每千人口拥有3岁以下婴幼儿托位数(个)");
            assertThat(indicators.indicatorForWorkItem(doctors.id(), 2024).orElseThrow().targetText(2024)).isEqualTo("4.12");
            assertThat(indicators.indicators(2024).stream().mapToInt(IndicatorRow::linkedItems).sum()).isEqualTo(LINKED_ITEMS);
        }
    }

    @Test
    void loadingTheSampleTwiceReplacesItAndDuplicatesNothing() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("data"))) {
            workspace.samples().load(folder.resolve("samples"));
            SampleLoader.Result again = workspace.samples().load(folder.resolve("samples"));

            assertThat(again.workList().replaced()).isTrue();
            assertThat(workspace.indicators().indicators(2024)).hasSize(IndicatorImportServiceTest.DISTINCT_INDICATORS);
            assertThat(workspace.indicators().indicators(2024).stream().mapToInt(IndicatorRow::linkedItems).sum())
                    .isEqualTo(LINKED_ITEMS);
        }
    }
}
