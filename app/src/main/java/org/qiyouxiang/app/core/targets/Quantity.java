package org.qiyouxiang.app.core.targets;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number as written, with its scale ({@code 3.80} stays {@code 3.80}), and the unit written
 * after it ({@code %}, {@code 万人次}, {@code 元}) or an empty string when there is none.
 */
public record Quantity(BigDecimal value, String unit) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String number, String unit) {
        return new Quantity(new BigDecimal(number), unit);
    }

    public boolean hasUnit() {
        return !unit.isEmpty();
    }

    /** The number with its unit, as the clerk would write it: {@code 3.80}, {@code 85%}, {@code 3.1万人}. */
    public String written() {
        return value.toPlainString() + unit;
    }
}
