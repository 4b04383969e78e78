package org.qiyouxiang.db.model;

/**
 * What should be done by the end of a quarter, or of a span of quarters of the item's year (工作时序).
 * The text is kept exactly as written; "/" says that nothing is planned.
 */
public record Milestone(int fromQuarter, int toQuarter, String text) {

    public static final String NO_PLAN_MARK = "/";

    public Milestone {
        if (fromQuarter < 1 || toQuarter > 4 || fromQuarter > toQuarter) {
            throw new IllegalArgumentException("bad quarter span " + fromQuarter + ".." + toQuarter);
        }
        text = text == null ? "" : text;
    }

    public static Milestone single(int quarter, String text) {
        return new Milestone(quarter, quarter, text);
    }

    public boolean covers(int quarter) {
        return quarter >= fromQuarter && quarter <= toQuarter;
    }

    public boolean spans() {
        return toQuarter > fromQuarter;
    }

    /** True when the text says nothing is planned ("/", "-", "—"). */
    public boolean noPlan() {
        String t = text.strip();
        return t.equals(NO_PLAN_MARK) || t.equals("-") || t.equals("—") || t.equals("／");
    }
}
