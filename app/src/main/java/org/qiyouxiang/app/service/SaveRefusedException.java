package org.qiyouxiang.app.service;

/**
 * A save, copy or undo that was refused before anything was written; the message says why, in
 * Chinese, for the clerk (the cell changed meanwhile, a text is too long, the year exists).
 */
public class SaveRefusedException extends Exception {

    public SaveRefusedException(String message) {
        super(message);
    }
}
