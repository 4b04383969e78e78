package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.sql.SQLException;
import org.qiyouxiang.app.core.LogSafe;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.DatabaseException;
import org.qiyouxiang.db.SchemaState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Database failures as the clerk reads them: a {@link DatabaseException} with a Chinese message. The
 * cause is kept redacted ({@link LogSafe}): whoever logs it keeps the stack trace, not the clerk's data.
 */
final class DatabaseFailures {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFailures.class);

    private DatabaseFailures() {
    }

    static DatabaseException inUse(Throwable cause) {
        return clerk(DatabaseException.Problem.IN_USE, Messages.get("db.error.inUse"), cause);
    }

    static DatabaseException cannotOpen(Throwable cause) {
        LOG.error("database does not open", LogSafe.redact(cause));
        return clerk(DatabaseException.Problem.OTHER, Messages.get("db.error.cannotOpen"), cause);
    }

    static DatabaseException newer(SchemaState state) {
        LOG.warn("database of a newer app (versions {}), not opened", state.unknown());
        String version = state.unknown().isEmpty() ? state.version() : state.unknown().get(state.unknown().size() - 1);
        return clerk(DatabaseException.Problem.NEWER_SCHEMA,
                Messages.get("db.error.newer", version, state.latestKnown()), null);
    }

    static DatabaseException folder(Path folder, Throwable cause) {
        return clerk(DatabaseException.Problem.WRITE_FAILED, Messages.get("db.error.folder", folder), cause);
    }

    /**
     * A save that did not reach the disk. A statement the database refused (SQL states 22, 23, 42: a value
     * too long, a broken constraint) is told apart from a write that failed (disk full, I/O error).
     */
    static DatabaseException saveFailed(RuntimeException cause) {
        LOG.error("save failed", LogSafe.redact(cause));
        if (refusedStatement(cause)) {
            return clerk(DatabaseException.Problem.OTHER, Messages.get("db.error.saveRejected"), cause);
        }
        return clerk(DatabaseException.Problem.WRITE_FAILED, Messages.get("db.error.saveFailed"), cause);
    }

    static DatabaseException clerk(DatabaseException.Problem problem, String message, Throwable cause) {
        return new DatabaseException(problem, message, LogSafe.redact(cause));
    }

    private static boolean refusedStatement(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String sqlClass = sql.getSQLState().substring(0, Math.min(2, sql.getSQLState().length()));
                return sqlClass.equals("22") || sqlClass.equals("23") || sqlClass.equals("42");
            }
        }
        return false;
    }
}
