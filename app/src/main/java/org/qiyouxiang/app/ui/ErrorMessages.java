package org.qiyouxiang.app.ui;

import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.ExportException;
import org.qiyouxiang.app.service.SaveRefusedException;
import org.qiyouxiang.app.ui.gantt.PrintException;
import org.qiyouxiang.db.DatabaseException;

/** What the clerk reads when something fails: Chinese, saying what happened and what to do. Never a stack trace. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String headline(Throwable error) {
        if (error instanceof PrintException) {
            return Messages.get("error.print.headline");
        }
        if (error instanceof ImportException) {
            return Messages.get("error.import.headline");
        }
        if (error instanceof ExportException) {
            return Messages.get("error.export.headline");
        }
        if (error instanceof DatabaseException) {
            return Messages.get("error.database.headline");
        }
        if (error instanceof SaveRefusedException) {
            return Messages.get("progress.notSaved");
        }
        return Messages.get("error.unexpected.headline");
    }

    public static String text(Throwable error) {
        if (error instanceof ImportException || error instanceof ExportException
                || error instanceof SaveRefusedException) {
            return error.getMessage();
        }
        if (error instanceof DatabaseException) {
            return Messages.get("error.database.text");
        }
        return Messages.get("error.unexpected.text", error.getClass().getSimpleName());
    }
}
