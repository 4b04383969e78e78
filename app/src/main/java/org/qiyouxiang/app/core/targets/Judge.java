package org.qiyouxiang.app.core.targets;

import java.math.BigDecimal;
import java.util.Objects;
import org.qiyouxiang.app.core.Messages;

/**
 * Judges a reported actual value against the target of its year: 达标, 未达标 or 待判断 with the
 * reason. The actual text is read like a target, so units, full-width digits and labelled parts
 * ({@code 职工84%；城乡居民65%}) work the same on both sides.
 */
public final class Judge {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Judge() {
    }

    /**
     * @param target     the target of the year
     * @param actualText what was reported, as written; blank when nothing was reported yet
     * @param direction  which way the indicator improves, for a target that is a plain number
     */
    public static Judgement judge(TargetValue target, String actualText, Direction direction) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        Meaning goal = Meaning.withoutYear(target.meaning());
        if (goal instanceof Meaning.NoTarget) {
            return Judgement.undecided(Messages.get("judge.noTarget"));
        }
        if (goal instanceof Meaning.FreeText) {
            return Judgement.undecided(Messages.get("judge.freeText"));
        }
        String actual = TargetText.normalise(actualText);
        if (actual.isEmpty()) {
            return Judgement.undecided(Messages.get("judge.noActual"));
        }
        Meaning reported = Meaning.withoutYear(TargetValues.parse(actualText).meaning());
        if (goal instanceof Meaning.State state) {
            return judgeState(state, TargetText.compact(actual), reported);
        }
        if (goal instanceof Meaning.Parts parts) {
            return PartsJudge.judge(parts, reported, direction);
        }
        return QuantityJudge.judge(goal, reported, direction);
    }

    /** 完成 / 全覆盖 are met by any word for done, or by 100%; a percentage below 100 is not met. */
    private static Judgement judgeState(Meaning.State goal, String actual, Meaning reported) {
        String explanation = Messages.get("judge.explain.state", actual, goal.word());
        if (StateWords.isDone(actual)) {
            return Judgement.met(explanation);
        }
        if (StateWords.isNotDone(actual)) {
            return Judgement.notMet(explanation);
        }
        if (reported instanceof Meaning.Reach reach && reach.quantity().unit().equals("%")) {
            boolean full = reach.quantity().value().compareTo(HUNDRED) >= 0;
            return full ? Judgement.met(explanation) : Judgement.notMet(explanation);
        }
        if (reported instanceof Meaning.Reach reach && !reach.quantity().hasUnit()
                && reach.quantity().value().compareTo(HUNDRED) == 0) {
            return Judgement.met(explanation);
        }
        return Judgement.undecided(Messages.get("judge.stateUnclear", actual, goal.word()));
    }
}
