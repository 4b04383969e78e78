package org.qiyouxiang.app.cli;

import java.io.PrintWriter;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.LogSafe;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.ExportException;
import org.qiyouxiang.db.DatabaseException;
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
        if (ex instanceof DatabaseException database) {
            LOG.warn("command stopped: {}", database.problem(), LogSafe.redact(ex));
            err.println(ex.getMessage());
            return nothingChanged(database.problem()) ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE;
        }
        if (ex instanceof ExportException) {
            LOG.warn("export failed", LogSafe.redact(ex));
            err.println(ex.getMessage());
            return ExitCodes.FAILURE;
        }
        LOG.error("command failed", LogSafe.redact(ex));
        err.println(Messages.get("cli.error.unexpected", ex.getClass().getSimpleName()));
        return ExitCodes.FAILURE;
    }

    /** The folder in use, a newer app's file, a backup that is no backup: refused before anything changed. */
    private static boolean nothingChanged(DatabaseException.Problem problem) {
        return problem == DatabaseException.Problem.IN_USE || problem == DatabaseException.Problem.NEWER_SCHEMA
                || problem == DatabaseException.Problem.UNREADABLE;
    }
}
