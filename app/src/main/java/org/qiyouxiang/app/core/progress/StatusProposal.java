package org.qiyouxiang.app.core.progress;

import java.time.LocalDate;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.Status;

/**
 * The status rules: what status an item's quarter should have, given its milestone, the date, and what
 * the unit reported. Pure: today is given, never read from the clock.
 *
 * <p>When is a quarter due? A milestone says what should be done by the end of its quarter (or of the
 * last quarter of its span), and units report during the quarter and just after it. So:
 * <ul>
 * <li>"/" or no milestone: 无计划 (NO_PLAN), whatever was reported.</li>
 * <li>Before the quarter starts: 未开始 (NOT_DUE), unless a report already reaches the milestone.</li>
 * <li>While it runs: 推进中 (ON_TRACK). Reported numbers that reach the year's whole target make it
 *     已完成 (DONE); numbers still below the milestone keep it 推进中 but at risk (yellow).</li>
 * <li>Once the milestone's deadline has passed: reached is 已完成 if the number was the year's whole
 *     target, else 推进中; below is 滞后 (LAGGING). A report without a number to hold against the
 *     milestone cannot be judged: the rules say why and the clerk decides.</li>
 * <li>A quarter that has ended with nothing reported is flagged 未报送 ({@code notReported}) and cannot
 *     be judged.</li>
 * </ul>
 * A milestone's number is "the year's whole target" when it is a completion (实施进度 100%) or it is the
 * item's last planned milestone of the year. A level that can still move (覆盖率达到 90%, 94.2) is only
 * 已完成 once its deadline has passed; a count or a completion as soon as it is reached.
 */
public final class StatusProposal {

    private enum Phase { UPCOMING, RUNNING, ENDED }

    private StatusProposal() {
    }

    public static Proposal propose(Plan plan, Quarter quarter, LocalDate today, Reported reported) {
        if (plan.isNone()) {
            return Proposal.of(Status.NO_PLAN, "progress.reason.noMilestone");
        }
        if (plan.isNoPlan()) {
            return Proposal.of(Status.NO_PLAN, "progress.reason.noPlan");
        }
        Phase viewed = phase(quarter, today);
        Quarter due = new Quarter(quarter.year(), Math.max(plan.dueQuarter(), quarter.quarter()));
        Phase deadline = phase(due, today);
        if (reported.isEmpty()) {
            return switch (viewed) {
                case UPCOMING -> Proposal.of(Status.NOT_DUE, "progress.reason.notStarted");
                case RUNNING -> Proposal.of(Status.ON_TRACK, "progress.reason.runningNotReported");
                case ENDED -> Proposal.cannotJudge("progress.reason.notReported").flaggedNotReported();
            };
        }
        Measure measure = Measure.of(plan, reported);
        return switch (measure.kind()) {
            case REACHED -> reached(measure, deadline);
            case BELOW -> below(measure, viewed, deadline, due);
            case UNMEASURED -> unmeasured(measure, viewed, deadline, due);
        };
    }

    private static Proposal reached(Measure m, Phase deadline) {
        boolean done = m.full() && (m.settled() || deadline == Phase.ENDED);
        return switch (m.source()) {
            case PERCENT_COMPLETE -> Proposal.of(Status.DONE, "progress.reason.percentComplete", m.actual());
            case SAID_COMPLETE -> done
                    ? Proposal.of(Status.DONE, "progress.reason.saidComplete", m.actual())
                    : Proposal.of(Status.ON_TRACK, "progress.reason.saidCompleteMore", m.actual());
            default -> done
                    ? Proposal.of(Status.DONE, "progress.reason.reachedYear", m.actual(), m.target())
                    : Proposal.of(Status.ON_TRACK, "progress.reason.reached", m.actual(), m.target());
        };
    }

    private static Proposal below(Measure m, Phase viewed, Phase deadline, Quarter due) {
        if (viewed == Phase.UPCOMING) {
            return Proposal.of(Status.NOT_DUE, "progress.reason.notStartedBelow", m.actual(), m.target());
        }
        if (deadline == Phase.ENDED) {
            return Proposal.of(Status.LAGGING, "progress.reason.below", m.actual(), m.target());
        }
        return Proposal.of(Status.ON_TRACK, "progress.reason.belowRunning", m.actual(), m.target(),
                Quarters.label(due.quarter())).flaggedAtRisk();
    }

    private static Proposal unmeasured(Measure m, Phase viewed, Phase deadline, Quarter due) {
        if (viewed == Phase.UPCOMING) {
            return Proposal.of(Status.NOT_DUE, "progress.reason.notStartedReported");
        }
        if (deadline != Phase.ENDED) {
            return Proposal.of(Status.ON_TRACK, "progress.reason.runningReported", Quarters.label(due.quarter()));
        }
        return Proposal.cannotJudge(m.reasonKey(), m.reasonArgs().toArray());
    }

    private static Phase phase(Quarter quarter, LocalDate today) {
        if (today.isBefore(quarter.firstDay())) {
            return Phase.UPCOMING;
        }
        return today.isAfter(quarter.lastDay()) ? Phase.ENDED : Phase.RUNNING;
    }
}
