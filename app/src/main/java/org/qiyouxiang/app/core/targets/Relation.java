package org.qiyouxiang.app.core.targets;

import java.math.BigDecimal;

/** The bound of a {@link Meaning.Comparison}. */
public enum Relation {
    LESS("<"),
    AT_MOST("≤"),
    GREATER(">"),
    AT_LEAST("≥");

    private final String symbol;

    Relation(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code actual} lies within this bound of {@code bound}; {@code 5.0} equals {@code 5}. */
    public boolean holds(BigDecimal actual, BigDecimal bound) {
        int order = actual.compareTo(bound);
        return switch (this) {
            case LESS -> order < 0;
            case AT_MOST -> order <= 0;
            case GREATER -> order > 0;
            case AT_LEAST -> order >= 0;
        };
    }

    /** An upper bound says lower is better; a lower bound says higher is better. */
    public Direction direction() {
        return this == LESS || this == AT_MOST ? Direction.LOWER : Direction.HIGHER;
    }
}
