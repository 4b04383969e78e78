package org.qiyouxiang.app.core.targets;

import java.util.List;
import java.util.Objects;

/**
 * What a target cell means, read beside its original text. Each kind is judged differently, so
 * the judge and the screens ask which kind they hold rather than guessing from the text again.
 */
public sealed interface Meaning permits Meaning.Reach, Meaning.Comparison, Meaning.State, Meaning.NoTarget,
        Meaning.Parts, Meaning.WithYear, Meaning.FreeText {

    /** A number to reach, such as {@code 3.80} or {@code 22.6%}; the indicator says whether higher is better. */
    record Reach(Quantity quantity) implements Meaning {
        public Reach {
            Objects.requireNonNull(quantity, "quantity");
        }

        public String written() {
            return quantity.written();
        }
    }

    /** An explicit bound: {@code <5}, {@code ≥85%}, {@code 90%以上}, {@code 不低于85%}. */
    record Comparison(Relation relation, Quantity quantity) implements Meaning {
        public Comparison {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(quantity, "quantity");
        }

        public String written() {
            return relation.symbol() + quantity.written();
        }
    }

    /** A state to reach: {@code 完成}, {@code 全覆盖}, {@code 达标}; {@code word} as written, without spaces. */
    record State(String word) implements Meaning {
        public State {
            Objects.requireNonNull(word, "word");
        }
    }

    /** No target that year: {@code /}, {@code -}, {@code ——}, an empty cell. */
    record NoTarget() implements Meaning {
    }

    /** Several labelled parts, each judged on its own: {@code 职工85% 城乡居民70%}. */
    record Parts(List<Part> parts) implements Meaning {
        public Parts {
            parts = List.copyOf(parts);
        }
    }

    /** One part of {@link Parts}: a label such as {@code 城乡居民} and its value (a Reach or a Comparison). */
    record Part(String label, Meaning value) {
        public Part {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A value that belongs to another year than its column: {@code 80.82 (2021)}. */
    record WithYear(Meaning value, int year) implements Meaning {
        public WithYear {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Text that cannot be judged automatically, such as {@code 完成市下达的任务指标}; a person judges it. */
    record FreeText() implements Meaning {
    }

    /** The value itself when it carries its own year; judging ignores the year. */
    static Meaning withoutYear(Meaning meaning) {
        return meaning instanceof WithYear withYear ? withYear.value() : meaning;
    }
}
