package org.qiyouxiang.app.core.targets;

import java.math.BigDecimal;
import java.util.Optional;
import org.qiyouxiang.app.core.Messages;

/** Judges one reported value against a number to reach or a bound. */
final class QuantityJudge {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private QuantityJudge() {
    }

    /**
     * @param goal     a {@link Meaning.Reach} or {@link Meaning.Comparison}, without its year
     * @param reported the actual value as parsed, without its year
     */
    static Judgement judge(Meaning goal, Meaning reported, Direction direction) {
        Quantity bound = goal instanceof Meaning.Comparison c ? c.quantity() : ((Meaning.Reach) goal).quantity();
        if (reported instanceof Meaning.Parts) {
            return Judgement.undecided(Messages.get("judge.actualHasParts"));
        }
        if (reported instanceof Meaning.Comparison range) {
            return Judgement.undecided(Messages.get("judge.actualNotExact", range.written()));
        }
        Optional<Quantity> actual = exactQuantity(reported, bound);
        if (actual.isEmpty()) {
            return Judgement.undecided(Messages.get("judge.actualNotNumber"));
        }
        Optional<Units.Aligned> aligned = Units.align(actual.get(), bound);
        if (aligned.isEmpty()) {
            return Judgement.undecided(Messages.get("judge.unitMismatch", bound.unit(), actual.get().unit()));
        }
        Relation relation;
        String explanation;
        if (goal instanceof Meaning.Comparison comparison) {
            relation = comparison.relation();
            explanation = Messages.get("judge.explain", actual.get().written(), comparison.written());
        } else {
            relation = direction == Direction.LOWER ? Relation.AT_MOST : Relation.AT_LEAST;
            explanation = Messages.get(direction == Direction.LOWER ? "judge.explain.lower" : "judge.explain",
                    actual.get().written(), bound.written());
        }
        boolean met = relation.holds(aligned.get().actual(), aligned.get().target());
        return met ? Judgement.met(explanation) : Judgement.notMet(explanation);
    }

    /**
     * The reported number. A report of 完成 or 全覆盖 counts as 100% when the target is 100 or 100%
     * (民生实事 targets are written so); against any other number it says nothing.
     */
    private static Optional<Quantity> exactQuantity(Meaning reported, Quantity bound) {
        if (reported instanceof Meaning.Reach reach) {
            return Optional.of(reach.quantity());
        }
        boolean hundredPercent = bound.value().compareTo(HUNDRED) == 0
                && (bound.unit().isEmpty() || bound.unit().equals("%"));
        if (reported instanceof Meaning.State && hundredPercent) {
            return Optional.of(new Quantity(HUNDRED, "%"));
        }
        return Optional.empty();
    }
}
