package org.qiyouxiang.app.core.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.qiyouxiang.app.core.targets.Relation;

/**
 * How a report measures up against the number of a milestone. REACHED and BELOW come with the two
 * numbers compared; UNMEASURED with the reason (a message key and its arguments) why no number could
 * be held against the milestone.
 *
 * @param full    the reached number is the year's whole target: a completion (100%), or the item's last
 *                planned milestone
 * @param settled reaching it cannot be undone later in the quarter: a count, a completion, or the unit's
 *                word that the work is done, unlike a level (覆盖率达到 90%, 94.2) that can still move
 */
record Measure(Kind kind, Source source, boolean full, boolean settled, String actual, String target,
               String reasonKey, List<Object> reasonArgs) {

    enum Kind { REACHED, BELOW, UNMEASURED }

    enum Source { NUMBERS, PERCENT_COMPLETE, SAID_COMPLETE, NONE }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A report that says only that the work is done. */
    private static final Set<String> COMPLETION_WORDS = Set.of("完成", "已完成", "全部完成", "已全部完成", "全面完成",
            "已全面完成", "已完成全年任务", "已完成全年目标", "已办结", "已完工", "完工");

    private static final int LONGEST_COMPLETION = 16;
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s。.!！,，;；]");

    static Measure of(Plan plan, Reported reported) {
        List<Figure> targets = plan.figures();
        List<Figure> candidates = List.of();
        if (targets.size() == 1) {
            Figure target = targets.get(0);
            if (target.isPercent() && reported.percent() != null) {
                return compare(plan, Figure.percent(reported.percent()), target);
            }
            candidates = candidates(reported.figures(), target);
            if (candidates.size() == 1) {
                return compare(plan, candidates.get(0), target);
            }
        }
        if (reported.percent() != null && reported.percent().compareTo(HUNDRED) >= 0) {
            return new Measure(Kind.REACHED, Source.PERCENT_COMPLETE, true, true,
                    Figure.percent(reported.percent()).written(), null, null, List.of());
        }
        if (saysComplete(reported.doneText())) {
            return new Measure(Kind.REACHED, Source.SAID_COMPLETE, plan.lastPlanned(), true,
                    reported.doneText().strip(), null, null, List.of());
        }
        if (targets.isEmpty()) {
            return unmeasured("progress.measure.noNumber");
        }
        if (targets.size() > 1) {
            return unmeasured("progress.measure.manyNumbers", written(targets));
        }
        Figure target = targets.get(0);
        if (candidates.size() > 1) {
            return unmeasured("progress.measure.manyActuals", target.target(), written(candidates));
        }
        if (!reported.figures().isEmpty()) {
            return unmeasured("progress.measure.unitMismatch", target.target(), reported.figures().get(0).written());
        }
        return unmeasured("progress.measure.noActual", target.target());
    }

    private static Measure compare(Plan plan, Figure actual, Figure target) {
        UnitScale.Aligned aligned = UnitScale.align(actual, target).orElseThrow();
        Boolean reached = reached(actual.relation(), aligned.actual(), target.bound(), aligned.target());
        if (reached == null) {
            return unmeasured("progress.measure.actualRange", actual.target(), target.target());
        }
        if (actual.isCompletion() && target.progress()) {
            return new Measure(Kind.REACHED, Source.PERCENT_COMPLETE, true, true, actual.written(), target.target(),
                    null, List.of());
        }
        boolean full = target.isCompletion() || plan.lastPlanned();
        boolean level = !target.progress() && !target.cumulative() && (target.isPercent() || target.unit().isEmpty());
        return new Measure(reached ? Kind.REACHED : Kind.BELOW, Source.NUMBERS, full, target.isCompletion() || !level,
                actual.target(), target.target(), null, List.of());
    }

    /**
     * Whether an actual value reaches a bound. A reported bound (超22家, 5%以下) is a range: it reaches the
     * target only when every value in it does; otherwise the answer is unknown (null), not "below".
     */
    private static Boolean reached(Relation actual, BigDecimal value, Relation target, BigDecimal bound) {
        if (actual == null) {
            return target.holds(value, bound);
        }
        boolean actualFromBelow = actual == Relation.AT_LEAST || actual == Relation.GREATER;
        boolean targetFromBelow = target == Relation.AT_LEAST || target == Relation.GREATER;
        if (actualFromBelow != targetFromBelow) {
            return null;
        }
        int order = value.compareTo(bound);
        boolean guaranteed;
        if (targetFromBelow) {
            guaranteed = target == Relation.GREATER && actual == Relation.AT_LEAST ? order > 0 : order >= 0;
        } else {
            guaranteed = target == Relation.LESS && actual == Relation.AT_MOST ? order < 0 : order <= 0;
        }
        return guaranteed ? Boolean.TRUE : null;
    }

    /**
     * The reported numbers that can stand against the target: those with a unit that fits; among several,
     * those with the same unit written, then the cumulative ones for a cumulative target (累计 62 人次 rather
     * than 本季度 20 人次), then the completions for a completion target.
     */
    private static List<Figure> candidates(List<Figure> reported, Figure target) {
        List<Figure> fitting = reported.stream().filter(f -> UnitScale.compatible(f, target)).toList();
        fitting = narrow(fitting, f -> UnitScale.sameWrittenUnit(f, target));
        if (target.cumulative()) {
            fitting = narrow(fitting, Figure::cumulative);
        }
        if (target.progress()) {
            fitting = narrow(fitting, Figure::progress);
        }
        return fitting;
    }

    private static List<Figure> narrow(List<Figure> figures, java.util.function.Predicate<Figure> preferred) {
        if (figures.size() < 2) {
            return figures;
        }
        List<Figure> better = figures.stream().filter(preferred).toList();
        return better.isEmpty() ? figures : better;
    }

    static boolean saysComplete(String doneText) {
        if (doneText == null) {
            return false;
        }
        if (doneText.length() > LONGEST_COMPLETION) {
            return false;
        }
        return COMPLETION_WORDS.contains(PUNCTUATION.matcher(doneText).replaceAll(""));
    }

    private static Measure unmeasured(String key, Object... args) {
        return new Measure(Kind.UNMEASURED, Source.NONE, false, false, null, null, key, List.of(args));
    }

    private static String written(List<Figure> figures) {
        return figures.stream().map(Figure::target).collect(Collectors.joining("、"));
    }
}
