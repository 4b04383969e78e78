package org.qiyouxiang.app.core.targets;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which way an indicator improves. An explicit bound in its targets decides ({@code <5} is lower,
 * {@code >70} higher); without one, or when its targets disagree, the name does; without a telling
 * word in the name, higher is better.
 */
public final class Directions {

    /**
     * Words naming something to keep low. Kept short on purpose: a wrong "lower" turns every
     * verdict of the indicator around, a missing one only leaves it to the default.
     */
    static final List<String> LOWER_IS_BETTER = List.of(
            "失业率", "死亡率", "发生率", "发病率", "事故", "欠薪", "自付费用", "辍学率");

    /**
     * Words saying the indicator measures the removal of something bad, which is to rise:
     * 欠薪线索动态化解率 rises although it names 欠薪.
     */
    static final List<String> REMOVAL_OF_BAD = List.of(
            "化解", "处置", "解决", "办结", "结案", "清零", "下降", "降低", "减少");

    private Directions() {
    }

    public static Direction infer(String indicatorName, List<TargetValue> targets) {
        Set<Direction> fromBounds = EnumSet.noneOf(Direction.class);
        targets.stream().flatMap(t -> relations(t.meaning())).forEach(r -> fromBounds.add(r.direction()));
        if (fromBounds.size() == 1) {
            return fromBounds.iterator().next();
        }
        return fromName(indicatorName);
    }

    /** From the indicator's name alone: 城镇登记失业率 → lower, 托位数 → higher. */
    public static Direction fromName(String indicatorName) {
        String name = TargetText.compact(TargetText.normalise(indicatorName));
        boolean namesBad = LOWER_IS_BETTER.stream().anyMatch(name::contains);
        boolean removesBad = REMOVAL_OF_BAD.stream().anyMatch(name::contains);
        return namesBad && !removesBad ? Direction.LOWER : Direction.HIGHER;
    }

    private static Stream<Relation> relations(Meaning meaning) {
        if (meaning instanceof Meaning.Comparison comparison) {
            return Stream.of(comparison.relation());
        }
        if (meaning instanceof Meaning.WithYear withYear) {
            return relations(withYear.value());
        }
        if (meaning instanceof Meaning.Parts parts) {
            return parts.parts().stream().flatMap(p -> relations(p.value()));
        }
        return Stream.empty();
    }
}
