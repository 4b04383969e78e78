package org.qiyouxiang.app.core.progress;

import java.util.List;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.model.Status;

/**
 * The status the rules propose for an item's quarter, and why, in Chinese. A null status means the
 * rules cannot judge (the reason says what a person must look at). {@code notReported} flags a quarter
 * that has ended with nothing reported (未报送); {@code atRisk} a running quarter whose reported numbers
 * are still below the milestone. The reason is formatted when asked for, as tables show few rows at a time.
 */
public record Proposal(Status status, boolean notReported, boolean atRisk, String reasonKey, List<Object> reasonArgs) {

    public Proposal {
        reasonArgs = List.copyOf(reasonArgs);
    }

    static Proposal of(Status status, String reasonKey, Object... args) {
        return new Proposal(status, false, false, reasonKey, List.of(args));
    }

    static Proposal cannotJudge(String reasonKey, Object... args) {
        return new Proposal(null, false, false, reasonKey, List.of(args));
    }

    Proposal flaggedNotReported() {
        return new Proposal(status, true, atRisk, reasonKey, reasonArgs);
    }

    Proposal flaggedAtRisk() {
        return new Proposal(status, notReported, true, reasonKey, reasonArgs);
    }

    public boolean canJudge() {
        return status != null;
    }

    /** 实际 62人次，已达到本季度节点 50人次 */
    public String reason() {
        return Messages.get(reasonKey, reasonArgs.toArray());
    }
}
