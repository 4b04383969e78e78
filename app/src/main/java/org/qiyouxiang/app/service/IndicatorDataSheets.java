package org.qiyouxiang.app.service;

import static org.qiyouxiang.app.excel.PlainSheet.longText;
import static org.qiyouxiang.app.excel.PlainSheet.number;
import static org.qiyouxiang.app.excel.PlainSheet.text;
import static org.qiyouxiang.app.service.AllDataSheets.blank;
import static org.qiyouxiang.app.service.AllDataSheets.header;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.indicators.YearTargets;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.app.core.targets.Judge;
import org.qiyouxiang.app.core.targets.Judgement;
import org.qiyouxiang.app.core.targets.TargetValues;
import org.qiyouxiang.app.excel.PlainSheet;
import org.qiyouxiang.db.model.Indicator;
import org.qiyouxiang.db.model.IndicatorActual;
import org.qiyouxiang.db.model.IndicatorTarget;
import org.qiyouxiang.db.model.MajorProject;
import org.qiyouxiang.db.model.Programme;

/** The all-data workbook's 指标, 指标完成值 and 重大项目 sheets: every target and actual as written. */
final class IndicatorDataSheets {

    private IndicatorDataSheets() {
    }

    /** 指标: one row per indicator in the programme's order, the baseline and each year's target as written. */
    static PlainSheet indicators(AllData data) {
        Programme programme = data.programme();
        List<PlainSheet.Column> columns = new ArrayList<>(List.of(text(header("indicatorArea")), text(header("number")),
                longText(header("indicator")), text(header("unit")), text(header("direction")), text(header("core")),
                text(Messages.get("alldata.column.baseline", programme.baselineYear()))));
        for (int y = programme.firstYear(); y <= programme.lastYear(); y++) {
            columns.add(text(Messages.get("alldata.column.target", y)));
        }
        columns.addAll(List.of(text(header("leadUnit")), number(header("id"))));
        Map<Long, List<IndicatorTarget>> targets = byIndicator(data.targets(), IndicatorTarget::indicatorId);
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator indicator : data.indicators()) {
            List<IndicatorTarget> own = targets.getOrDefault(indicator.id(), List.of());
            List<Object> row = new ArrayList<>(Arrays.asList(blank(indicator.area()), blank(indicator.number()),
                    indicator.name(), blank(indicator.unit()), Messages.get("direction." + direction(indicator).name()),
                    Messages.get("changelog.value." + indicator.core()), blank(indicator.baseline())));
            for (int y = programme.firstYear(); y <= programme.lastYear(); y++) {
                row.add(blank(YearTargets.effective(own, y).map(IndicatorTarget::text).orElse(null)));
            }
            row.add(blank(indicator.leadUnit()));
            row.add(indicator.id());
            rows.add(row);
        }
        return new PlainSheet(Messages.get("alldata.sheet.indicators"), columns, rows, true);
    }

    /** 指标完成值: every reported actual, as written, judged against its year's target. */
    static PlainSheet actuals(AllData data) {
        List<PlainSheet.Column> columns = List.of(text(header("indicatorArea")), text(header("number")),
                longText(header("indicator")), number(header("year")), text(header("quarter")), text(header("actual")),
                text(header("yearTarget")), text(header("verdict")), longText(header("reason")),
                text(header("reportedOn")), longText(header("note")), number(header("indicatorId")));
        Map<Long, List<IndicatorTarget>> targets = byIndicator(data.targets(), IndicatorTarget::indicatorId);
        Map<Long, List<IndicatorActual>> actuals = byIndicator(data.actuals(), IndicatorActual::indicatorId);
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator indicator : data.indicators()) {
            List<IndicatorTarget> own = targets.getOrDefault(indicator.id(), List.of());
            List<IndicatorActual> reported = actuals.getOrDefault(indicator.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(IndicatorActual::year).thenComparingInt(IndicatorActual::quarter))
                    .toList();
            for (IndicatorActual actual : reported) {
                String target = YearTargets.effective(own, actual.year()).map(IndicatorTarget::text).orElse("");
                Judgement judgement = Judge.judge(TargetValues.parse(target), actual.text(), direction(indicator));
                rows.add(Arrays.asList(blank(indicator.area()), blank(indicator.number()), indicator.name(),
                        actual.year(), Quarters.label(actual.quarter()), blank(actual.text()), blank(target),
                        judgement.verdict().label(), blank(judgement.reason()),
                        actual.reportedOn() == null ? null : actual.reportedOn().toString(), blank(actual.note()),
                        indicator.id()));
            }
        }
        return new PlainSheet(Messages.get("alldata.sheet.actuals"), columns, rows, true);
    }

    /** 重大项目: one row per project and year, the year's plan and each quarter's completed investment (亿元). */
    static PlainSheet projects(AllData data) {
        List<PlainSheet.Column> columns = new ArrayList<>(List.of(text(header("indicatorArea")),
                longText(header("project")), text(header("leadUnit")), number(header("totalInvestment")),
                number(header("startYear")), number(header("endYear")), number(header("year")),
                number(header("planned"))));
        for (int q = 1; q <= 4; q++) {
            columns.add(number(Messages.get("alldata.column.completed", Quarters.label(q))));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (MajorProject project : data.projects()) {
            TreeSet<Integer> years = new TreeSet<>(project.plans().keySet());
            project.completed().keySet().forEach(key -> years.add(key / 10));
            if (years.isEmpty()) {
                rows.add(projectRow(project, null));
            }
            years.forEach(year -> rows.add(projectRow(project, year)));
        }
        return new PlainSheet(Messages.get("alldata.sheet.projects"), columns, rows, true);
    }

    /** A project's row for a year (null: a project with neither plans nor completed investment yet). */
    private static List<Object> projectRow(MajorProject project, Integer year) {
        List<Object> row = new ArrayList<>(Arrays.asList(blank(project.area()), project.name(),
                blank(project.leadUnit()), project.totalInvestment(), project.startYear(), project.endYear(), year,
                year == null ? null : project.plans().get(year)));
        for (int q = 1; q <= 4; q++) {
            row.add(year == null ? null : project.completedIn(year, q));
        }
        return row;
    }

    private static Direction direction(Indicator indicator) {
        return IndicatorRowBuilder.direction(indicator);
    }

    private static <T> Map<Long, List<T>> byIndicator(List<T> all, Function<T, Long> key) {
        return all.stream().collect(Collectors.groupingBy(key));
    }
}
