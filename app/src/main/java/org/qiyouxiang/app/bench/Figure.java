package org.qiyouxiang.app.bench;

import java.util.Locale;

/**
 * One measured figure, printed as {@code BENCH <name> <median> <unit> [baseline <median> <unit>] [ratio <x>]}.
 * A baseline is measured in the same run, because these machines are noisy and a figure alone means little.
 */
public record Figure(String name, double median, String unit, Double baseline, String note) {

    public static Figure of(String name, double median, String unit) {
        return new Figure(name, median, unit, null, null);
    }

    public static Figure against(String name, double median, double baseline, String unit) {
        return new Figure(name, median, unit, baseline, null);
    }

    public static Figure skipped(String name, String why) {
        return new Figure(name, Double.NaN, "", null, why);
    }

    public String line() {
        if (note != null) {
            return "BENCH " + name + " skipped (" + note + ")";
        }
        StringBuilder line = new StringBuilder("BENCH ").append(name).append(' ').append(format(median)).append(' ')
                .append(unit);
        if (baseline != null) {
            line.append(" baseline ").append(format(baseline)).append(' ').append(unit)
                    .append(" ratio ").append(String.format(Locale.ROOT, "%.2f", median / baseline));
        }
        return line.toString();
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
