package org.qiyouxiang.app.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.qiyouxiang.app.core.targets.Verdict;

/** How the year's key indicators stand: met, not met, cannot be judged yet; the rate is met over those judged. */
public record IndicatorRate(int met, int notMet, int undecided) {

    public static IndicatorRate of(List<IndicatorLine> lines) {
        int met = (int) lines.stream().filter(l -> l.verdict() == Verdict.MET).count();
        int notMet = (int) lines.stream().filter(l -> l.verdict() == Verdict.NOT_MET).count();
        return new IndicatorRate(met, notMet, lines.size() - met - notMet);
    }

    public int total() {
        return met + notMet + undecided;
    }

    /** 达标率: met ÷ (met + not met), as a ratio; null while nothing could be judged. */
    public BigDecimal rate() {
        int judged = met + notMet;
        return judged == 0 ? null
                : BigDecimal.valueOf(met).divide(BigDecimal.valueOf(judged), 4, RoundingMode.HALF_UP);
    }
}
