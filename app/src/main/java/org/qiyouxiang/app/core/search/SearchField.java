package org.qiyouxiang.app.core.search;

/** Where in an item a search matched. Quarter fields come with the quarter. */
public enum SearchField {
    /** The item's name. */
    NAME,
    /** The own name of a continuation line. */
    LINE_NAME,
    /** A quarter's milestone, as the progress table shows it. */
    MILESTONE,
    /** A lead unit, by its name or one of its other spellings. */
    UNIT,
    /** A responsible person. */
    PERSON,
    /** 完成情况 of a quarter. */
    DONE_TEXT,
    /** 存在问题 of a quarter. */
    PROBLEMS,
    /** 下步打算 of a quarter. */
    NEXT_STEPS;

    public boolean hasQuarter() {
        return this == MILESTONE || this == DONE_TEXT || this == PROBLEMS || this == NEXT_STEPS;
    }
}
