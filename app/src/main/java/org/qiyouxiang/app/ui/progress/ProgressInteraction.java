package org.qiyouxiang.app.ui.progress;

import java.util.List;
import java.util.Optional;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.db.model.Status;

/** What the progress table asks of the clerk or tells them: dialogs in the window, a script in tests. */
public interface ProgressInteraction {

    /** Shows a pasted block cell by cell, old → new; true when the clerk applies it. */
    boolean confirmPaste(PastePreview preview);

    /**
     * Asks why the clerk sets a status other than the rules propose; empty when they cancel. The answer
     * is not blank.
     */
    Optional<String> askOverrideReason(QuarterRow row, Status chosen);

    /** Asks before a year's list is copied as the next year's. */
    boolean confirmCopy(int fromYear, int toYear);

    /** Says why something was not done: a headline and the reasons, in Chinese. */
    void showProblems(String headline, List<String> problems);

    /** Tells what went wrong, in the clerk's words. */
    void showError(Throwable error);
}
