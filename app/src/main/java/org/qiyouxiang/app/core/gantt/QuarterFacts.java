package org.qiyouxiang.app.core.gantt;

import org.qiyouxiang.db.model.Status;

/**
 * What the chart tells about an item in one quarter: its status, what was done (完成情况) and the
 * problems (存在问题). A null status means nobody has judged the quarter; the chart then derives one
 * from the milestone. Empty texts are null.
 *
 * @param unreported the quarter has ended and nothing was reported (未报送): drawn in its own colour, as the
 *                   progress table and the dashboard show it, never as 未开始
 */
public record QuarterFacts(Status status, String done, String problems, boolean unreported) {

    public static final QuarterFacts NONE = new QuarterFacts(null, null, null);

    public QuarterFacts {
        done = blankToNull(done);
        problems = blankToNull(problems);
    }

    public QuarterFacts(Status status, String done, String problems) {
        this(status, done, problems, false);
    }

    public static QuarterFacts of(Status status) {
        return new QuarterFacts(status, null, null);
    }

    public QuarterFacts withStatus(Status newStatus) {
        return new QuarterFacts(newStatus, done, problems, unreported);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
