package org.qiyouxiang.app.service;

/** An export that could not be written; the message is for the clerk and says what to do. */
public class ExportException extends Exception {

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
