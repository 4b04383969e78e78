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
 * A file read and previewed, waiting to be stored: a work list, an indicator table, or returned fill-in forms. The window and
 * the command line both go through it, so they recognise and store tables the same way.
 */
public sealed interface PendingImport {

    /** Five-year targets first, then key indicators, then work lists, so every later table finds what it links to. */
    Comparator<PendingImport> STORE_ORDER = Comparator.comparingInt(p -> switch (p.kind()) {
        case FIVE_YEAR_TARGETS -> 0;
        case KEY_INDICATORS -> 1;
        case WORK_LIST -> 2;
        case RETURNED_FORM -> 3;
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
                              IndicatorImportService indicators, FormService forms) throws ImportException {
        TableKind kind = TableRecogniser.recognise(file);
        if (kind == TableKind.WORK_LIST) {
            return new WorkList(workLists, workLists.preview(file, year));
        }
        if (kind == TableKind.RETURNED_FORM) {
            return new ReturnedForms(forms, forms.preview(List.of(file), OptionalInt.empty()));
        }
        return new Indicators(indicators, indicators.preview(file, year));
    }

    /**
     * Reads several files: tables one by one, and every returned fill-in form into one {@link ReturnedForms},
     * previewed together and stored in one transaction.
     *
     * @param quarter for returned forms, the quarter being collected (a form for another is refused)
     */
    static List<PendingImport> readAll(List<Path> files, OptionalInt year, OptionalInt quarter,
                                       WorkListImportService workLists, IndicatorImportService indicators,
                                       FormService forms) throws ImportException {
        List<PendingImport> pending = new java.util.ArrayList<>();
        List<Path> returned = new java.util.ArrayList<>();
        for (Path file : files) {
            TableKind kind = TableRecogniser.recognise(file);
            if (kind == TableKind.RETURNED_FORM) {
                returned.add(file);
            } else if (kind == TableKind.WORK_LIST) {
                pending.add(new WorkList(workLists, workLists.preview(file, year)));
            } else {
                pending.add(new Indicators(indicators, indicators.preview(file, year)));
            }
        }
        if (!returned.isEmpty()) {
            pending.add(new ReturnedForms(forms, forms.preview(returned, quarter)));
        }
        return pending;
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

    /** Returned fill-in forms, one or several, stored together; nothing is ever "replaced", so never refused so. */
    record ReturnedForms(FormService service, FormReturnBatch batch) implements PendingImport {
        public TableKind kind() {
            return TableKind.RETURNED_FORM;
        }

        public Path file() {
            return batch.files().get(0).file();
        }

        public Integer year() {
            return batch.files().stream().map(FileReturn::year).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(null);
        }

        public boolean exists() {
            return false;
        }

        /** Every file's refused rows and cells, and its notes, named by file. */
        public List<ImportProblem> warnings() {
            List<ImportProblem> all = new java.util.ArrayList<>();
            for (FileReturn f : batch.files()) {
                org.qiyouxiang.app.core.Place place = org.qiyouxiang.app.core.Place.file(f.file().getFileName().toString());
                f.problems().forEach(p -> all.add(new ImportProblem(place, p)));
                f.notes().forEach(n -> all.add(new ImportProblem(place, n)));
            }
            return all;
        }

        public String store(boolean replace) throws AlreadyStoredException {
            try {
                return service.store(batch).summary();
            } catch (SaveRefusedException e) {
                throw new IllegalStateException(e.getMessage(), e);
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
