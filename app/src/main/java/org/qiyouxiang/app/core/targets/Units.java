package org.qiyouxiang.app.core.targets;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Puts an actual and a target quantity on one scale. A unit written on one side only is taken for
 * both, as forms write it once (in the header or in the cell). Two written units must share their
 * base: 万 and 亿 are converted (3.1万人 = 31000人, 1.28万元 = 12800元), ‰ is a tenth of %, and
 * anything else (人 against 人次, % against 元) cannot be compared.
 */
final class Units {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal TENTH = new BigDecimal("0.1");

    /** Both numbers in the same unit. */
    record Aligned(BigDecimal actual, BigDecimal target) {
    }

    /** A written unit split into a factor and what is counted: 万人次 → 10000 × 人次. */
    private record Scale(BigDecimal factor, String base) {
    }

    private Units() {
    }

    static Optional<Aligned> align(Quantity actual, Quantity target) {
        if (!actual.hasUnit() || !target.hasUnit()) {
            return Optional.of(new Aligned(actual.value(), target.value()));
        }
        Scale a = scale(actual.unit());
        Scale t = scale(target.unit());
        boolean sameBase = a.base().equals(t.base()) || a.base().isEmpty() || t.base().isEmpty();
        if (!sameBase) {
            return Optional.empty();
        }
        return Optional.of(new Aligned(actual.value().multiply(a.factor()), target.value().multiply(t.factor())));
    }

    private static Scale scale(String unit) {
        if (unit.equals("‰")) {
            return new Scale(TENTH, "%");
        }
        if (unit.startsWith("万")) {
            return new Scale(TEN_THOUSAND, unit.substring(1));
        }
        if (unit.startsWith("亿")) {
            return new Scale(HUNDRED_MILLION, unit.substring(1));
        }
        return new Scale(BigDecimal.ONE, unit);
    }
}
