package org.qiyouxiang.app.core.indicators;

import java.math.BigDecimal;
import java.util.Optional;
import org.qiyouxiang.app.core.targets.Meaning;
import org.qiyouxiang.app.core.targets.TargetValues;

/**
 * The one number a target or actual text can be drawn at on a chart: {@code 3.80} → 3.80, {@code <5} → 5,
 * {@code ≥85%} → 85, {@code 80.82 (2021)} → 80.82. Texts with several parts, states and free text have none.
 */
public final class ChartNumbers {

    private ChartNumbers() {
    }

    public static Optional<BigDecimal> of(String text) {
        return of(TargetValues.parse(text).meaning());
    }

    private static Optional<BigDecimal> of(Meaning meaning) {
        if (meaning instanceof Meaning.Reach reach) {
            return Optional.of(reach.quantity().value());
        }
        if (meaning instanceof Meaning.Comparison comparison) {
            return Optional.of(comparison.quantity().value());
        }
        if (meaning instanceof Meaning.WithYear withYear) {
            return of(withYear.value());
        }
        return Optional.empty();
    }
}
