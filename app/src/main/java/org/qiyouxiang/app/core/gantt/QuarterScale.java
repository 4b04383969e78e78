package org.qiyouxiang.app.core.gantt;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.qiyouxiang.db.model.Quarter;

/**
 * Quarter ↔ pixel on the timeline: every quarter equally wide, the first quarter of the range at 0.
 * Inside a quarter, dates (today, month starts) sit by their day: 1 February of a 90-day quarter is
 * 31/90 of the way. The zoom is "years across the viewport": 1 shows one year with wide quarters,
 * the range's length shows the whole programme.
 */
public final class QuarterScale {

    /** Below this, quarters would be slivers: the timeline scrolls instead. */
    public static final double MIN_QUARTER_WIDTH = 28;
    /** From this width on, a bar has room for its milestone text (wrapped); below, the text is in the tooltip. */
    public static final double TEXT_QUARTER_WIDTH = 110;
    /** From this width on, the months of each quarter are drawn as a grid. */
    public static final double MONTH_GRID_QUARTER_WIDTH = 170;

    private final YearRange years;
    private final double quarterWidth;

    public QuarterScale(YearRange years, double quarterWidth) {
        if (!(quarterWidth > 0)) {
            throw new IllegalArgumentException("quarter width must be positive: " + quarterWidth);
        }
        this.years = years;
        this.quarterWidth = quarterWidth;
    }

    /** The scale that shows {@code zoomYears} years across {@code viewportWidth} pixels. */
    public static QuarterScale fit(YearRange years, double zoomYears, double viewportWidth) {
        double zoom = clampZoom(years, zoomYears);
        double width = Math.max(MIN_QUARTER_WIDTH, viewportWidth / (zoom * 4));
        return new QuarterScale(years, width);
    }

    /** Zoom as years across the viewport, between one year and the whole range. */
    public static double clampZoom(YearRange years, double zoomYears) {
        if (Double.isNaN(zoomYears)) {
            return years.years();
        }
        return Math.max(1, Math.min(years.years(), zoomYears));
    }

    public YearRange years() {
        return years;
    }

    public double quarterWidth() {
        return quarterWidth;
    }

    /** The whole timeline's width. */
    public double width() {
        return years.quarters() * quarterWidth;
    }

    /** Left edge of a quarter; outside the range the edge lies before 0 or after {@link #width()}. */
    public double x(Quarter quarter) {
        return years.offset(quarter) * quarterWidth;
    }

    public Span span(Quarter from, Quarter to) {
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("span runs backwards: " + from + ".." + to);
        }
        return new Span(x(from), (to.index() - from.index() + 1) * quarterWidth);
    }

    public Span span(Quarter quarter) {
        return span(quarter, quarter);
    }

    /** The quarter under a timeline pixel, if the pixel is on the timeline. */
    public Optional<Quarter> quarterAt(double x) {
        if (x < 0 || x >= width()) {
            return Optional.empty();
        }
        return Optional.of(years.quarter((int) Math.floor(x / quarterWidth)));
    }

    /** Where a day sits: the middle of its slot in its quarter; empty outside the range. */
    public OptionalDouble x(LocalDate date) {
        Quarter quarter = Quarter.of(date);
        if (!years.contains(quarter)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(x(quarter) + quarterWidth * (daysBefore(quarter, date) + 0.5) / days(quarter));
    }

    public double yearX(int year) {
        return x(new Quarter(year, 1));
    }

    public Span yearSpan(int year) {
        return span(new Quarter(year, 1), new Quarter(year, 4));
    }

    /** Month starts inside quarters (the second and third month of each), each with its month number. */
    public List<MonthMark> monthMarks() {
        List<MonthMark> marks = new ArrayList<>(years.quarters() * 2);
        for (Quarter quarter : years.allQuarters()) {
            LocalDate first = quarter.firstDay();
            for (int m = 1; m <= 2; m++) {
                LocalDate start = first.plusMonths(m);
                marks.add(new MonthMark(start.getMonthValue(),
                        x(quarter) + quarterWidth * daysBefore(quarter, start) / days(quarter)));
            }
        }
        return marks;
    }

    /** The middle of each month, for month labels: every month of the range. */
    public List<MonthMark> monthMiddles() {
        List<MonthMark> middles = new ArrayList<>(years.quarters() * 3);
        for (Quarter quarter : years.allQuarters()) {
            LocalDate first = quarter.firstDay();
            for (int m = 0; m < 3; m++) {
                LocalDate start = first.plusMonths(m);
                double from = daysBefore(quarter, start);
                double to = daysBefore(quarter, start.plusMonths(1));
                middles.add(new MonthMark(start.getMonthValue(),
                        x(quarter) + quarterWidth * (from + to) / 2 / days(quarter)));
            }
        }
        return middles;
    }

    public boolean showsBarText() {
        return quarterWidth >= TEXT_QUARTER_WIDTH;
    }

    public boolean showsMonthGrid() {
        return quarterWidth >= MONTH_GRID_QUARTER_WIDTH;
    }

    /** The timeline offset that puts a quarter's left edge at the viewport's left, within what can scroll. */
    public double scrollTo(Quarter quarter, double viewportWidth) {
        return clampScroll(x(quarter), viewportWidth);
    }

    public double clampScroll(double scrollX, double viewportWidth) {
        return Math.max(0, Math.min(scrollX, width() - viewportWidth));
    }

    private static long daysBefore(Quarter quarter, LocalDate date) {
        return ChronoUnit.DAYS.between(quarter.firstDay(), date);
    }

    private static long days(Quarter quarter) {
        return ChronoUnit.DAYS.between(quarter.firstDay(), quarter.lastDay()) + 1;
    }

    /** A month boundary or middle at {@code x}; {@code month} 1–12. */
    public record MonthMark(int month, double x) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuarterScale other && other.years.equals(years) && other.quarterWidth == quarterWidth;
    }

    @Override
    public int hashCode() {
        return years.hashCode() * 31 + Double.hashCode(quarterWidth);
    }
}
