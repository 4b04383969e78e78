package org.qiyouxiang.app.cli;

/** A command's input the clerk must change; the message says how. */
final class BadInputException extends Exception {

    BadInputException(String message) {
        super(message);
    }
}
