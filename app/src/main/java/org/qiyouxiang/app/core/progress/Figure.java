package org.qiyouxiang.app.core.progress;

import java.math.BigDecimal;
import java.util.Objects;
import org.qiyouxiang.app.core.targets.Relation;

/**
 * A number found in a milestone or a progress text, with what was written around it:
 * {@code 累计开展职业教育培训 50 人次} gives 50, unit 人次, cumulative. {@code relation} is the bound a
 * word or sign set ({@code 不低于 8.75%}, {@code 超22家}, {@code 500人以上}); null for a bare number or
 * one after 达到, which is read as "at least". {@code progress} marks a percentage of completion
 * (实施进度 70%, 完成率达到60%, 完成新增计划数量的 100%) rather than a rate such as 覆盖率达到 90%.
 * {@code start}/{@code end} are the figure's characters in the text it was read from.
 */
public record Figure(BigDecimal value, String unit, Relation relation, boolean cumulative, boolean progress,
                     int start, int end) {

    public static final String PERCENT = "%";

    public Figure {
        Objects.requireNonNull(value, "value");
        // One copy of each unit: they come from a short list (人次, %, 个 …), and 10,000 items held 18,000
        // copies of 人次 and % cut from the texts they were read from (0.8 MB).
        unit = unit == null ? "" : unit.intern();
    }

    /** A reported percentage (完成进度), with no place in a text. */
    public static Figure percent(BigDecimal value) {
        return new Figure(value, PERCENT, null, false, true, -1, -1);
    }

    public boolean isPercent() {
        return unit.equals(PERCENT);
    }

    /** The bound to hold an actual value against: a bare number is a level to reach. */
    public Relation bound() {
        return relation == null ? Relation.AT_LEAST : relation;
    }

    /** Whether this figure, as a target, is the whole of the work: a completion of 100%. */
    public boolean isCompletion() {
        return progress && isPercent() && value.compareTo(BigDecimal.valueOf(100)) >= 0;
    }

    /** The number with its unit, as the clerk would write it: {@code 50人次}, {@code 8.75%}. */
    public String written() {
        return value.stripTrailingZeros().toPlainString() + unit;
    }

    /** The number with its bound as a sign: {@code ≥8.75%}, {@code <5}, {@code 50人次}. */
    public String target() {
        return (relation == null ? "" : relation.symbol()) + written();
    }

    /** A compact spelling for specifications: {@code ≥20个 累计}, {@code 70% 进度}. */
    public String notation() {
        return target() + (cumulative ? " 累计" : "") + (progress ? " 进度" : "");
    }
}
