package org.qiyouxiang.app.core.progress;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a reported and a milestone number on one scale. A unit written on one side only is taken for
 * both (a milestone "94.2" against "94.5%"); 万 and 亿 scale (0.6万人 = 6000人), ‰ is a tenth of %,
 * 名 counts people as 人 does; other units differ (人 against 人次, 个 against 家).
 */
final class UnitScale {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    private static final Map<String, String> SAME_THING = Map.of("名", "人", "平米", "平方米", "㎡", "平方米");

    /** Both numbers in the same unit. */
    record Aligned(BigDecimal actual, BigDecimal target) {
    }

    private record Scale(BigDecimal factor, String base) {
    }

    private UnitScale() {
    }

    /** Whether both figures have a unit and the units count the same thing. */
    static boolean sameWrittenUnit(Figure a, Figure b) {
        return !a.unit().isEmpty() && !b.unit().isEmpty() && compatible(a, b);
    }

    static boolean compatible(Figure a, Figure b) {
        if (a.unit().isEmpty() || b.unit().isEmpty()) {
            return true;
        }
        String baseA = scale(a.unit()).base();
        String baseB = scale(b.unit()).base();
        return baseA.equals(baseB) || baseA.isEmpty() || baseB.isEmpty();
    }

    static Optional<Aligned> align(Figure actual, Figure target) {
        if (!compatible(actual, target)) {
            return Optional.empty();
        }
        if (actual.unit().isEmpty() || target.unit().isEmpty()) {
            return Optional.of(new Aligned(actual.value(), target.value()));
        }
        return Optional.of(new Aligned(actual.value().multiply(scale(actual.unit()).factor()),
                target.value().multiply(scale(target.unit()).factor())));
    }

    private static Scale scale(String unit) {
        if (unit.equals("‰")) {
            return new Scale(new BigDecimal("0.1"), Figure.PERCENT);
        }
        if (unit.startsWith("万")) {
            return new Scale(TEN_THOUSAND, base(unit.substring(1)));
        }
        if (unit.startsWith("亿")) {
            return new Scale(HUNDRED_MILLION, base(unit.substring(1)));
        }
        return new Scale(BigDecimal.ONE, base(unit));
    }

    private static String base(String unit) {
        return SAME_THING.getOrDefault(unit, unit);
    }
}
