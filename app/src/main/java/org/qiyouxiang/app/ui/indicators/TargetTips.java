package org.qiyouxiang.app.ui.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.targets.Direction;
import org.qiyouxiang.app.core.targets.Meaning;
import org.qiyouxiang.app.core.targets.TargetValues;
import org.qiyouxiang.app.service.IndicatorRow;
import org.qiyouxiang.app.service.YearTarget;
import org.qiyouxiang.db.model.TargetSource;

/**
 * What the program reads in a target as the clerk wrote it, in words: 比较：≥85%, 数值：3.8（越高越好）,
 * 文字说明，需人工判断. Shown beside the text, never instead of it.
 */
public final class TargetTips {

    private TargetTips() {
    }

    /** The meaning of a target text, for an indicator that improves in {@code direction}. */
    public static String meaning(String text, Direction direction) {
        return describe(TargetValues.parse(text).meaning(), direction);
    }

    /** Whether the program cannot read the text and a person judges against it. */
    public static boolean isFreeText(String text) {
        return TargetValues.parse(text).meaning() instanceof Meaning.FreeText;
    }

    /** The year's target comes from the key-indicator table and the five-year table says something else. */
    public static boolean keyDiffers(IndicatorRow row, int year) {
        YearTarget target = row.target(year).orElse(null);
        return target != null && target.source() == TargetSource.KEY && target.fiveYear() != null
                && !target.fiveYear().isBlank() && !target.fiveYear().equals(target.text());
    }

    /** The tooltip of a year's target cell: its meaning, which table it comes from, the other table's cell. */
    public static String tip(IndicatorRow row, int year) {
        String text = row.targetText(year);
        List<String> lines = new ArrayList<>();
        lines.add(meaning(text, row.direction()));
        YearTarget target = row.target(year).orElse(null);
        TargetSource source = target == null ? null : target.source();
        if (source == null) {
            lines.add(Messages.get("target.source.none"));
        } else {
            lines.add(Messages.get("target.source." + source.name(), year));
            if (source == TargetSource.KEY && target.fiveYear() != null && !target.fiveYear().equals(text)) {
                lines.add(Messages.get("target.fiveYearBeside", shown(target.fiveYear())));
            }
        }
        return String.join("\n", lines);
    }

    private static String describe(Meaning meaning, Direction direction) {
        if (meaning instanceof Meaning.Reach reach) {
            return Messages.get("target.meaning.reach", reach.written(), Messages.get("direction." + direction.name()));
        }
        if (meaning instanceof Meaning.Comparison comparison) {
            return Messages.get("target.meaning.comparison", comparison.written());
        }
        if (meaning instanceof Meaning.State state) {
            return Messages.get("target.meaning.state", state.word());
        }
        if (meaning instanceof Meaning.NoTarget) {
            return Messages.get("target.meaning.noTarget");
        }
        if (meaning instanceof Meaning.Parts parts) {
            return Messages.get("target.meaning.parts", parts.parts().stream()
                    .map(p -> p.label() + " " + written(p.value()))
                    .collect(Collectors.joining(Messages.get("target.meaning.partSeparator"))));
        }
        if (meaning instanceof Meaning.WithYear withYear) {
            return Messages.get("target.meaning.withYear", describe(withYear.value(), direction), withYear.year());
        }
        return Messages.get("target.meaning.freeText");
    }

    private static String written(Meaning value) {
        if (value instanceof Meaning.Comparison comparison) {
            return comparison.written();
        }
        return value instanceof Meaning.Reach reach ? reach.written() : "";
    }

    private static String shown(String text) {
        return text.isEmpty() ? Messages.get("indicatorTable.none") : text;
    }
}
