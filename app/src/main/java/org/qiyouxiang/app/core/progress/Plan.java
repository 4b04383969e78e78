package org.qiyouxiang.app.core.progress;

import java.util.List;
import org.qiyouxiang.db.model.Milestone;

/**
 * What a work item should have done by the end of a quarter, as the status rules see it: the milestone
 * text (several lines of an item joined), the quarter its span ends in (a milestone merged over 二至四季度
 * is due at the end of 四季度), whether it is the item's last planned milestone of the year (its number
 * is then the year's whole target), and the numbers read from it.
 *
 * @param text        the milestone, null when the work list has none for the quarter
 * @param dueQuarter  the quarter at whose end the milestone is due
 * @param lastPlanned whether no later quarter of the item has a plan
 */
public record Plan(String text, int dueQuarter, boolean lastPlanned, List<Figure> figures) {

    private static final int SHORTEST_PLAN = 8;
    private static final Plan NONE = new Plan(null, 4, false, List.of());

    public Plan {
        figures = List.copyOf(figures);
    }

    /** No milestone at all for the quarter. */
    public static Plan none() {
        return NONE;
    }

    public static Plan of(String text, int dueQuarter, boolean lastPlanned) {
        boolean noPlan = isNoPlanMark(text);
        return new Plan(text, dueQuarter, lastPlanned, noPlan ? List.of() : MilestoneNumbers.read(text));
    }

    public boolean isNone() {
        return text == null || text.isBlank();
    }

    /** "/" in the work list: nothing is planned for the quarter. */
    public boolean isNoPlan() {
        return !isNone() && isNoPlanMark(text);
    }

    static boolean isNoPlanMark(String text) {
        // "/" and its kin are a character or two; a milestone is longer, and tables are recomputed often
        return text != null && text.length() <= SHORTEST_PLAN && !text.isBlank() && Milestone.single(1, text).noPlan();
    }
}
