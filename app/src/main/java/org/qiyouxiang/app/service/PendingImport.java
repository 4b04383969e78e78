package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.app.core.TableKind;
import org.qiyouxiang.app.excel.TableRecogniser;

/**
 * A file read and previewed, waiting to be stored: a work list or an indicator table. The window and
 * the command line both go through it, so they recognise and store tables the same way.
 */
public sealed interface PendingImport {

    /** Five-year targets first, then key indicators, then work lists, so every later table finds what it links to. */
    Comparator<PendingImport> STORE_ORDER = Comparator.comparingInt(p -> switch (p.kind()) {
        case FIVE_YEAR_TARGETS -> 0;
        case KEY_INDICATORS -> 1;
        case WORK_LIST -> 2;
    });

    TableKind kind();

    Path file();

    /** The year a work list or key-indicator table is for; null for the five-year table. */
    Integer year();

    /** Whether storing would replace what an earlier import stored. */
    boolean exists();

    List<ImportProblem> warnings();

    /**
     * Stores the file, all or nothing, and returns its one-line summary.
     *
     * @throws AlreadyStoredException when it would replace and {@code replace} is false; nothing is written
     */
    String store(boolean replace) throws AlreadyStoredException;

    /** Recognises the file's table and reads it; nothing is written. */
    static PendingImport read(Path file, OptionalInt year, WorkListImportService workLists,
                              IndicatorImportService indicators) throws ImportException {
        TableKind kind = TableRecogniser.recognise(file);
        if (kind == TableKind.WORK_LIST) {
            return new WorkList(workLists, workLists.preview(file, year));
        }
        return new Indicators(indicators, indicators.preview(file, year));
    }

    record WorkList(WorkListImportService service, ImportPreview preview) implements PendingImport {
        public TableKind kind() {
            return TableKind.WORK_LIST;
        }

        public Path file() {
            return preview.file();
        }

        public Integer year() {
            return preview.year();
        }

        public boolean exists() {
            return preview.yearExists();
        }

        public List<ImportProblem> warnings() {
            return preview.warnings();
        }

        public String store(boolean replace) throws AlreadyStoredException {
            try {
                return service.store(preview, replace).summary();
            } catch (YearExistsException e) {
                throw new AlreadyStoredException(this);
            }
        }
    }

    record Indicators(IndicatorImportService service, IndicatorImportPreview preview) implements PendingImport {
        public TableKind kind() {
            return preview.kind();
        }

        public Path file() {
            return preview.file();
        }

        public Integer year() {
            return preview.year();
        }

        public boolean exists() {
            return preview.alreadyImported();
        }

        public List<ImportProblem> warnings() {
            return preview.warnings();
        }

        public String store(boolean replace) throws AlreadyStoredException {
            try {
                return service.store(preview, replace).summary();
            } catch (TargetsExistException e) {
                throw new AlreadyStoredException(this);
            }
        }
    }
}
