package org.qiyouxiang.app.ui.report;

import java.nio.file.Path;

/** What the report commands ask of the clerk or tell them beyond the main window's dialogs. */
public interface ReportInteraction {

    /** Shows returned forms cell by cell before anything is stored; true when the clerk imports them. */
    boolean confirmReturns(ReturnsPreview preview);

    /** Says forms were written, offering to open their folder. */
    void showFormsWritten(Path folder, String summary);
}
