package org.qiyouxiang.app.ui.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.targets.Meaning;
import org.qiyouxiang.app.core.targets.TargetValues;
import org.qiyouxiang.app.service.IndicatorSeries;

/**
 * What the five-year chart draws: a category per year (the baseline year first), the targets and the
 * actuals as runs of numbers (a text without a number breaks a run, leaving a gap), and the texts that
 * are not drawn, to be listed below the chart.
 */
public final class TrendModel {

    /** One drawn point. */
    public record Point(String category, BigDecimal value, String text) {
    }

    private final List<String> categories = new ArrayList<>();
    private final List<List<Point>> targetRuns;
    private final List<List<Point>> actualRuns;
    private final List<String> undrawn = new ArrayList<>();

    public TrendModel(IndicatorSeries series) {
        for (IndicatorSeries.Point p : series.points()) {
            categories.add(category(p));
        }
        targetRuns = runs(series.points(), IndicatorSeries.Point::targetNumber, IndicatorSeries.Point::targetText);
        actualRuns = runs(series.points(), IndicatorSeries.Point::actualNumber, IndicatorSeries.Point::actualText);
        for (IndicatorSeries.Point p : series.points()) {
            if (!p.baseline() && notDrawn(p.targetText(), p.targetNumber())) {
                undrawn.add(Messages.get("trend.undrawnTarget", p.year(), p.targetText()));
            }
            if (notDrawn(p.actualText(), p.actualNumber())) {
                undrawn.add(Messages.get(p.baseline() ? "trend.undrawnBaseline" : "trend.undrawnActual", p.year(),
                        p.actualText()));
            }
        }
    }

    /** 2022年（基期）, 2023年 … */
    public static String category(IndicatorSeries.Point point) {
        return Messages.get(point.baseline() ? "trend.baselineYear" : "trend.year", point.year());
    }

    private List<List<Point>> runs(List<IndicatorSeries.Point> points, Function<IndicatorSeries.Point, BigDecimal> number,
                                   Function<IndicatorSeries.Point, String> text) {
        List<List<Point>> runs = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        for (IndicatorSeries.Point p : points) {
            BigDecimal value = number.apply(p);
            if (value == null) {
                if (!run.isEmpty()) {
                    runs.add(List.copyOf(run));
                    run.clear();
                }
            } else {
                run.add(new Point(category(p), value, text.apply(p)));
            }
        }
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
        }
        return List.copyOf(runs);
    }

    /** A text with something in it but no number to draw; "/" and blanks say there is nothing. */
    private static boolean notDrawn(String text, BigDecimal number) {
        return number == null && text != null && !text.isBlank()
                && !(TargetValues.parse(text).meaning() instanceof Meaning.NoTarget);
    }

    public List<String> categories() {
        return List.copyOf(categories);
    }

    /** The targets as runs of consecutive years with a number. */
    public List<List<Point>> targetRuns() {
        return targetRuns;
    }

    /** The baseline and the actuals as runs of consecutive years with a number. */
    public List<List<Point>> actualRuns() {
        return actualRuns;
    }

    /** 2027年目标“全覆盖”: what has no number and is therefore a gap in the chart. */
    public List<String> undrawn() {
        return List.copyOf(undrawn);
    }
}
