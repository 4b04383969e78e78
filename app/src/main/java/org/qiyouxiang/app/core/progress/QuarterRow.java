package org.qiyouxiang.app.core.progress;

import java.util.List;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.WorkItem;

/**
 * One row of the progress table: a work item in the chosen quarter, with its milestone, what is stored
 * for it, and the rules' proposal. The status shown is the clerk's when one is stored, else the proposal.
 * {@code units} and {@code persons} are the item's, over all its lines, each once (computed once per load);
 * {@code ended} says whether the quarter was over on the day the row was made.
 */
public record QuarterRow(WorkItem item, int quarter, Plan plan, QuarterProgress progress, Proposal proposal,
                         List<String> units, List<String> persons, boolean ended) {

    public long itemId() {
        return item.id();
    }

    /** The milestone of the quarter (several lines joined), null when the work list has none. */
    public String milestone() {
        return plan.text();
    }

    /** Whether something is planned: neither "/" nor an empty milestone. */
    public boolean planned() {
        return !plan.isNone() && !plan.isNoPlan();
    }

    public boolean reported() {
        return progress.reported();
    }

    /** The status shown: the clerk's, else the proposal's; null when nobody has judged yet (待判断). */
    public Status status() {
        return progress.status().isNone() ? proposal.status() : progress.status().status();
    }

    /** Whether the shown status is the clerk's rather than the rules'. */
    public boolean statusStored() {
        return !progress.status().isNone();
    }

    /** Whether the clerk decided against the rules (the reason says why). */
    public boolean overridden() {
        return progress.status().overridden();
    }

    /** Why the status is what it is: the clerk's reason for an override, else the rules' reason. */
    public String statusReason() {
        if (overridden() && progress.status().reason() != null) {
            return progress.status().reason();
        }
        return proposal.reason();
    }

    /** The quarter has ended and nothing was reported (未报送). */
    public boolean notReported() {
        return proposal.notReported();
    }

    /**
     * A status is shown for a quarter that is over, with a plan, but 完成情况 is empty (a percentage alone, or a
     * status chosen without a word): the report will print the status beside an empty cell (缺完成情况).
     */
    public boolean missingText() {
        return ended && planned() && status() != null
                && (progress.doneText() == null || progress.doneText().isBlank());
    }

    /** On track by the rules, but the reported numbers are still below the milestone. */
    public boolean atRisk() {
        return proposal.atRisk() && !statusStored();
    }

    /** 已完成, 推进中, …, or 待判断 / 未报送 when there is no status. */
    public String statusLabel() {
        Status status = status();
        if (status != null) {
            return Messages.get("status." + status.name());
        }
        return Messages.get(notReported() ? "status.notReported" : "status.undecided");
    }

    public StatusPalette.Tone tone() {
        return StatusPalette.tone(status(), atRisk());
    }
}
