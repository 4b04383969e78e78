package org.qiyouxiang.app.ui.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.report.IndicatorRate;
import org.qiyouxiang.db.model.FormDispatch;

/** How the dashboard writes its figures: rates as whole percents, rank moves as arrows, times short. */
final class DashboardTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern(Messages.get("dashboard.timePattern"));

    private DashboardTexts() {
    }

    /** 0.6667 → 67% */
    static String percent(BigDecimal ratio) {
        if (ratio == null) {
            return Messages.get("dashboard.none");
        }
        return ratio.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** 5 of 91 → 5%; — of nothing. */
    static String share(int part, int whole) {
        return whole == 0 ? Messages.get("dashboard.none")
                : percent(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP));
    }

    /** 67%, or — while no key indicator could be judged. */
    static String rate(IndicatorRate rate) {
        return rate == null ? Messages.get("dashboard.none") : percent(rate.rate());
    }

    /** 达标 2 / 3, and how many cannot be judged yet. */
    static String rateDetail(IndicatorRate rate) {
        if (rate == null || rate.total() == 0) {
            return Messages.get("dashboard.card.noIndicators");
        }
        int judged = rate.met() + rate.notMet();
        if (judged == 0) {
            return Messages.get("dashboard.card.noneJudged", rate.undecided());
        }
        String met = Messages.get("dashboard.card.rateDetail", rate.met(), judged);
        return rate.undecided() == 0 ? met : met + Messages.get("dashboard.card.undecided", rate.undecided());
    }

    /** ↑2, ↓1, 持平, or — when last quarter is unknown. */
    static String rankChange(Integer change) {
        if (change == null) {
            return Messages.get("report.rank.unknown");
        }
        if (change == 0) {
            return Messages.get("report.rank.same");
        }
        return (change > 0 ? "↑" : "↓") + Math.abs(change);
    }

    /** 上升2位 …: the rank move in words, for the tooltip. */
    static String rankChangeInWords(Integer change) {
        if (change == null || change == 0) {
            return rankChange(change);
        }
        return Messages.get(change > 0 ? "report.rank.up" : "report.rank.down", Math.abs(change));
    }

    /** 3月28日, or empty: the day is what 催报 needs. */
    static String when(LocalDateTime time) {
        return time == null ? "" : WHEN.format(time);
    }

    /** A form sent and not back yet. */
    static boolean owed(FormDispatch form) {
        return form.generatedAt() != null && form.returnedAt() == null;
    }

    /** 已发出 12 份，已收回 8 份，未交 4 份 */
    static String returnsSummary(List<FormDispatch> forms) {
        long sent = forms.stream().filter(f -> f.generatedAt() != null).count();
        long returned = forms.stream().filter(f -> f.returnedAt() != null).count();
        long owed = forms.stream().filter(DashboardTexts::owed).count();
        return Messages.get("dashboard.returns.summary", sent, returned, owed);
    }
}
