package org.qiyouxiang.app.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiyouxiang.app.Samples;
import org.qiyouxiang.app.core.targets.Relation;
import org.qiyouxiang.app.excel.WorkListReader;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.WorkItem;

class MilestoneNumbersTest {

    private static final String SAMPLE_NUMBERS = "/progress/sample-milestone-numbers.tsv";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = "→", textBlock = """
            # milestone                                          → numbers
            实施进度 70%                                         → 70% 进度
            10 月底实施进度 100%。                               → 100% 进度
            累计开展职业教育培训 50 人次                         → 50人次 累计
            完成率达到60%                                        → 60% 进度
            完成新增计划数量的 100%按照要求安装。                → 100% 进度
            100%完成年度进修任务数。                             → 100% 进度
            全县主动监管服务企业覆盖率不低于8.75%。              → ≥8.75%
            “云店”入驻人力资源服务机构数超22家。                 → >22家
            累计新开发公益性岗位20个以上。                       → ≥20个 累计
            最低生活保障年标准金额达到 13320 元以上。            → ≥13320元
            年度指标>63%                                         → >63%
            <5                                                   → <5
            94.2                                                 → 94.2
            助餐配送餐服务人次达到2万。                          → 2万
            累计完成0.6万人。                                    → 0.6万人 累计
            完成９７００名６０周岁以上老人疫苗接种目标任务。     → 9700名
            3月底实缴人数达9100人                                → 9100人
            职工82%；城乡居民63%。                               → 82% | 63%
            """)
    void readsTheNumbersAMilestoneCanBeMeasuredBy(String milestone, String numbers) {
        assertThat(MilestoneNumbers.notation(milestone)).isEqualTo(numbers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", textBlock = """
            # milestone: every number in it only describes
            1.启动 2024 年学前教育宣传月。 2.完成城区学前教育服务区调整。
            推进0-3岁婴幼儿发育监测筛查和干预。
            全面实施《浙江省“十四五”托育服务发展规划》，推进“5+X”托育服务。
            组织开展“99公益日”网络众筹活动。
            1.兜底化解上年度困难群众家庭负担医疗费用5万元以上部分。
            量化社会筹资总额、支出总额等4项主要指标。
            6月30日前完成资助资金发放及资助数据上报
            规范开展以下三个项目：（1）鼻肠管X线定位；（2）阿尔茨海默症MRI海马扫描
            1.继续落实《县域普通高中高质量发展行动计划（2022—2025 年）》。
            急诊科能够开展24小时床旁心电图检查
            摸排24年考试人数
            完成第3批评估
            /
            """)
    void leavesOutNumbersThatOnlyDescribe(String milestone) {
        assertThat(MilestoneNumbers.read(milestone)).isEmpty();
    }

    @Test
    void figureKnowsItsPlaceValueUnitAndBound() {
        String text = "全县主动监管服务企业覆盖率不低于8.75%。";

        Figure figure = MilestoneNumbers.read(text).get(0);

        assertThat(figure).isEqualTo(new Figure(new BigDecimal("8.75"), "%", Relation.AT_LEAST, false, false, 16, 21));
        assertThat(text.substring(figure.start(), figure.end())).isEqualTo("8.75%");
    }

    @Test
    void figuresReadFromDifferentTextsShareOneCopyOfTheirUnit() {
        Figure first = MilestoneNumbers.read("累计开展培训1200人次。").get(0);
        Figure second = MilestoneNumbers.read("全年服务老年人3500人次").get(0);

        assertThat(first.unit()).isEqualTo("人次");
        // Held once for the thousands of figures a large programme has, not once per milestone.
        assertThat(second.unit()).isSameAs(first.unit());
    }

    @Test
    void everyMilestoneOfTheSampleWorkListReadsAsSpecified() throws Exception {
        Map<String, String> specified = specifiedNumbers();
        Set<String> milestones = new LinkedHashSet<>();
        for (WorkItem item : new WorkListReader().read(Samples.workList(), OptionalInt.empty()).workList().items()) {
            for (ItemLine line : item.lines()) {
                line.milestones().stream().map(Milestone::text).forEach(milestones::add);
            }
        }

        assertThat(milestones).hasSize(291);
        assertThat(specified.keySet()).containsExactlyInAnyOrderElementsOf(milestones);
        Map<String, String> read = new LinkedHashMap<>();
        milestones.forEach(m -> read.put(m, MilestoneNumbers.notation(m)));
        assertThat(read).containsExactlyInAnyOrderEntriesOf(specified);
    }

    private static Map<String, String> specifiedNumbers() {
        InputStream in = Objects.requireNonNull(MilestoneNumbersTest.class.getResourceAsStream(SAMPLE_NUMBERS));
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> numbers = new LinkedHashMap<>();
            List<String[]> lines = reader.lines().filter(l -> !l.startsWith("#") && !l.isEmpty())
                    .map(l -> l.split("\t", -1)).toList();
            lines.forEach(f -> numbers.put(f[1].replace("\\n", "\n"), f[0]));
            return numbers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
