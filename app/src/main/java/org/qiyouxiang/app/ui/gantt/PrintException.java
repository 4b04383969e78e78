package org.qiyouxiang.app.ui.gantt;

import org.qiyouxiang.app.service.ExportException;

/** The chart could not be printed; the message says what to check. */
public final class PrintException extends ExportException {

    public PrintException(String message) {
        super(message, null);
    }
}
