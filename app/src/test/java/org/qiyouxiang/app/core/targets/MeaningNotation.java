package org.qiyouxiang.app.core.targets;

import java.util.stream.Collectors;

/**
 * A short, whole-value notation of a meaning for test tables: {@code 3.80}, {@code <5},
 * {@code state:完成}, {@code none}, {@code 职工=85% | 城乡居民=70%}, {@code 80.82 @2021}, {@code free}.
 */
final class MeaningNotation {

    private MeaningNotation() {
    }

    static String of(Meaning meaning) {
        if (meaning instanceof Meaning.Reach reach) {
            return reach.written();
        }
        if (meaning instanceof Meaning.Comparison comparison) {
            return comparison.written();
        }
        if (meaning instanceof Meaning.State state) {
            return "state:" + state.word();
        }
        if (meaning instanceof Meaning.NoTarget) {
            return "none";
        }
        if (meaning instanceof Meaning.Parts parts) {
            return parts.parts().stream().map(p -> p.label() + "=" + of(p.value())).collect(Collectors.joining(" | "));
        }
        if (meaning instanceof Meaning.WithYear withYear) {
            return of(withYear.value()) + " @" + withYear.year();
        }
        return "free";
    }

    static String kind(Meaning meaning) {
        return meaning.getClass().getSimpleName();
    }
}
