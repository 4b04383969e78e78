package org.qiyouxiang.app.service;

/** A change the clerk asked for that cannot be made; the message, in Chinese, says why. Nothing was written. */
public class EditRejectedException extends Exception {

    public EditRejectedException(String message) {
        super(message);
    }
}
