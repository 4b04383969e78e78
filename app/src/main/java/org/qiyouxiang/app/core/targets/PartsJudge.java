package org.qiyouxiang.app.core.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qiyouxiang.app.core.Messages;

/**
 * Judges a target of labelled parts part by part: all parts met is met, any part not met is not
 * met, otherwise undecided. The reason lists the parts that decided the verdict.
 */
final class PartsJudge {

    private PartsJudge() {
    }

    static Judgement judge(Meaning.Parts goal, Meaning reported, Direction direction) {
        if (!(reported instanceof Meaning.Parts actualParts)) {
            String labels = goal.parts().stream().map(Meaning.Part::label)
                    .collect(Collectors.joining(Messages.get("judge.labelSeparator")));
            return Judgement.undecided(Messages.get("judge.partsExpected", labels));
        }
        List<Judgement> judgements = new ArrayList<>();
        for (Meaning.Part part : goal.parts()) {
            judgements.add(judgePart(part, actualParts, direction));
        }
        Verdict verdict = overall(judgements);
        String reason = judgements.stream()
                .filter(j -> j.verdict() == verdict)
                .map(Judgement::reason)
                .collect(Collectors.joining(Messages.get("judge.separator")));
        return new Judgement(verdict, reason);
    }

    private static Judgement judgePart(Meaning.Part part, Meaning.Parts actualParts, Direction direction) {
        Optional<Meaning.Part> actual = find(part.label(), actualParts);
        if (actual.isEmpty()) {
            return Judgement.undecided(Messages.get("judge.missingPart", part.label()));
        }
        Judgement j = QuantityJudge.judge(Meaning.withoutYear(part.value()),
                Meaning.withoutYear(actual.get().value()), direction);
        return new Judgement(j.verdict(), Messages.get("judge.part", part.label(), j.reason()));
    }

    private static Verdict overall(List<Judgement> judgements) {
        if (judgements.stream().anyMatch(j -> j.verdict() == Verdict.NOT_MET)) {
            return Verdict.NOT_MET;
        }
        if (judgements.stream().allMatch(j -> j.verdict() == Verdict.MET)) {
            return Verdict.MET;
        }
        return Verdict.UNDECIDED;
    }

    /** The part with the same label, or else the only one whose label contains it or is contained in it. */
    private static Optional<Meaning.Part> find(String label, Meaning.Parts parts) {
        String wanted = plain(label);
        Optional<Meaning.Part> same = parts.parts().stream().filter(p -> plain(p.label()).equals(wanted)).findFirst();
        if (same.isPresent()) {
            return same;
        }
        List<Meaning.Part> close = parts.parts().stream()
                .filter(p -> plain(p.label()).contains(wanted) || wanted.contains(plain(p.label())))
                .toList();
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    private static String plain(String label) {
        return label.replaceAll("[“”\"《》]", "");
    }
}
