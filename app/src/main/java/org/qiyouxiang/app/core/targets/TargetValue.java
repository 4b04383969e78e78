package org.qiyouxiang.app.core.targets;

import java.util.Objects;

/**
 * A target cell: the text exactly as written (printed as it is) and the meaning read from it.
 * Made by {@link TargetValues#parse(String)}.
 */
public record TargetValue(String text, Meaning meaning) {

    public TargetValue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meaning, "meaning");
    }

    /** Whether the year has a target at all. */
    public boolean hasTarget() {
        return !(meaning instanceof Meaning.NoTarget);
    }
}
