package org.qiyouxiang.app.core.targets;

import java.util.regex.Pattern;

/**
 * Reads the meaning of a target cell. Never throws: what it cannot read is {@link Meaning.FreeText},
 * judged by a person.
 *
 * <p>Understood: plain numbers with an optional unit ({@code 3.80}, {@code 22.6%}, {@code 3.1万人});
 * bounds ({@code <5}, {@code ≥85%}, {@code ＞63％}, {@code 90%以上}, {@code 不低于85%}); states
 * ({@code 完成}, {@code 全覆盖}); no target ({@code /}, {@code -}, {@code ——}, blank); labelled parts
 * ({@code 职工85% 城乡居民70%}, {@code 职工86、城乡居民70}); a value with its own year
 * ({@code 80.82 (2021)}, {@code 80.82（2021年）}).
 */
public final class TargetValues {

    private static final Pattern NO_TARGET = Pattern.compile("[/\\\\\\-—–―─]+|无|暂无|不涉及");

    private TargetValues() {
    }

    /**
     * A number written without its unit, in a table whose unit differs from the indicator's, with that unit
     * written after it: {@code 6.07} of a 基本养老保险参保人数(万人) row becomes {@code 6.07万人}, so that it is not read
     * (or printed) as 6.07 of the indicator's 人. Bounds keep their sign ({@code >1500人}); anything else (a word,
     * parts, free text, a number that names its unit) stays as written.
     */
    public static String withUnit(String text, String unit) {
        if (unit == null || unit.isBlank() || text == null) {
            return text;
        }
        Meaning meaning = parse(text).meaning();
        boolean bare = meaning instanceof Meaning.Reach reach && !reach.quantity().hasUnit()
                || meaning instanceof Meaning.Comparison comparison && !comparison.quantity().hasUnit();
        return bare ? text.strip() + unit : text;
    }

    public static TargetValue parse(String text) {
        String original = text == null ? "" : text;
        return new TargetValue(original, meaningOf(TargetText.normalise(original)));
    }

    private static Meaning meaningOf(String normalised) {
        String compact = TargetText.compact(normalised);
        if (compact.isEmpty() || NO_TARGET.matcher(compact).matches()) {
            return new Meaning.NoTarget();
        }
        if (StateWords.isDone(compact)) {
            return new Meaning.State(compact);
        }
        String value = TargetText.withoutTargetPrefix(normalised);
        return ValueGrammar.single(value)
                .or(() -> ValueGrammar.parts(value))
                .orElseGet(Meaning.FreeText::new);
    }
}
