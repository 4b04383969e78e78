package org.qiyouxiang.app.cli;

import java.io.PrintWriter;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.ExportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into the clerk's message on standard error and an exit code; the log keeps the trace. */
final class ErrorHandler implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
    private final PrintWriter err;

    ErrorHandler(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (ex instanceof ImportException || ex instanceof BadInputException) {
            err.println(ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof ExportException) {
            LOG.warn("export failed", ex);
            err.println(ex.getMessage());
            return ExitCodes.FAILURE;
        }
        LOG.error("command failed", ex);
        err.println(Messages.get("cli.error.unexpected", ex.getClass().getSimpleName()));
        return ExitCodes.FAILURE;
    }
}
