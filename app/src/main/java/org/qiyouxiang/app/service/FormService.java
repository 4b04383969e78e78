package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.ItemKinds;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.progress.CellValues;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.core.report.FileNames;
import org.qiyouxiang.app.core.report.FormKey;
import org.qiyouxiang.app.core.report.FormSheet;
import org.qiyouxiang.app.core.report.ReturnedForm;
import org.qiyouxiang.app.excel.FormReader;
import org.qiyouxiang.app.excel.FormWriter;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.FormDispatchRepository;
import org.qiyouxiang.db.model.FormDispatch;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.QuarterProgress;

/**
 * The fill-in forms (填报表) of a quarter: one workbook per lead unit with only its items, sent out; the
 * returned copies read back several at once, previewed cell by cell (old → new) with what is refused and
 * why, and stored as one transaction through {@link ProgressService}, so the change log and undo work as
 * for an edit. The return tracker records per unit what was sent, returned and imported.
 */
public final class FormService {

    private final Database database;
    private final ProgressService progress;
    private final Clock clock;

    public FormService(Database database, ProgressService progress, Clock clock) {
        this.database = database;
        this.progress = progress;
        this.clock = clock;
    }

    /** Writes one form per lead unit of the year's list into {@code folder}, named by unit and quarter. */
    public List<GeneratedForm> generate(int year, int quarter, Path folder) throws ExportException {
        Optional<Programme> stored = new ProgrammeRepository(database.dsl()).first();
        Optional<ProgressBook> loaded = stored.flatMap(p -> progress.load(year));
        if (loaded.isEmpty()) {
            throw new ExportException(Messages.get("export.error.noYear", String.valueOf(year)), null);
        }
        Programme programme = stored.get();
        ProgressBook book = loaded.get();
        LocalDate today = LocalDate.now(clock);
        List<QuarterRow> rows = book.rows(quarter, today);
        List<GeneratedForm> written = new ArrayList<>();
        FormWriter writer = new FormWriter();
        for (String unit : book.units()) {
            List<FormSheet.Row> unitRows = rows.stream().filter(r -> r.units().contains(unit))
                    .map(r -> row(r, year, quarter)).toList();
            FormSheet form = new FormSheet(year, quarter, unit, Messages.get("form.title", String.valueOf(year),
                    programme.name(), Quarters.label(quarter), unit), Messages.get("form.instructions"), unitRows);
            Path file = folder.resolve(FileNames.safe(Messages.get("form.fileName", unit, String.valueOf(year),
                    Quarters.label(quarter))) + ".xlsx");
            SafeFileWriter.write(file, temporary -> writer.write(form, temporary));
            written.add(new GeneratedForm(unit, file, unitRows.size()));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        database.dsl().transaction(trx -> {
            FormDispatchRepository tracker = new FormDispatchRepository(trx.dsl());
            written.forEach(f -> tracker.generated(programme.id(), year, quarter, f.unit(), f.itemCount(),
                    f.file().getFileName().toString(), now));
        });
        database.checkpointSync();
        return written;
    }

    private static FormSheet.Row row(QuarterRow row, int year, int quarter) {
        QuarterProgress p = row.progress();
        List<String> values = FormSheet.FIELDS.stream().map(f -> CellValues.format(f, p.value(f))).toList();
        return new FormSheet.Row(new FormKey(year, quarter, row.itemId()), row.item().number(), row.item().area(),
                ItemKinds.text(row.item()), row.item().name(), row.milestone() == null ? "" : row.milestone(), String.join("、", row.units()),
                String.join(" ", row.persons()), values);
    }

    /** The form generated or returned last, if any: its year and quarter are the ones being collected. */
    public Optional<FormDispatch> latest() {
        return new ProgrammeRepository(database.dsl()).first()
                .flatMap(p -> new FormDispatchRepository(database.dsl()).latest(p.id()));
    }

    /** Per lead unit, the forms of a quarter: sent, returned, imported; who has not returned yet. */
    public ReturnTracker tracker(int year, int quarter) {
        return new ReturnTracker(year, quarter, new ProgrammeRepository(database.dsl()).first()
                .map(p -> new FormDispatchRepository(database.dsl()).forQuarter(p.id(), year, quarter))
                .orElse(List.of()));
    }

    /**
     * Reads returned forms and compares them with what is stored; nothing is written.
     *
     * @param quarter the quarter being collected: a form for another is refused; empty takes each form's own
     */
    public FormReturnBatch preview(List<Path> files, OptionalInt quarter) {
        Map<Integer, Optional<ProgressBook>> books = new HashMap<>();
        Map<String, Object[]> taken = new HashMap<>();
        List<FileReturn> returns = new ArrayList<>();
        Optional<FormDispatch> collecting = quarter.isPresent() ? Optional.empty() : latest();
        for (Path file : files) {
            ReturnedForm form;
            try {
                form = FormReader.read(file);
            } catch (ImportException e) {
                returns.add(FileReturn.refused(file, null, null, null, e.getMessage()));
                continue;
            }
            Integer year = form.year() != null ? form.year() : keyed(form).map(FormKey::year).orElse(null);
            Integer q = form.quarter() != null ? form.quarter() : keyed(form).map(FormKey::quarter).orElse(null);
            if (year == null || q == null) {
                returns.add(FileReturn.refused(file, form.unit(), year, q, Messages.get("form.problem.unknownQuarter")));
            } else if (quarter.isPresent() && quarter.getAsInt() != q) {
                returns.add(FileReturn.refused(file, form.unit(), year, q, Messages.get("form.problem.fileQuarter",
                        String.valueOf(year), Quarters.label(q), Quarters.label(quarter.getAsInt()))));
            } else {
                Optional<ProgressBook> book = books.computeIfAbsent(year, progress::load);
                returns.add(book.isEmpty()
                        ? FileReturn.refused(file, form.unit(), year, q, Messages.get("export.error.noYear",
                                String.valueOf(year)))
                        : ofAnotherQuarter(new FormReturnCheck(book.get(), q, LocalDate.now(clock), taken)
                                .check(file, form), collecting));
            }
        }
        return new FormReturnBatch(returns);
    }

    /**
     * A form of another quarter than the one being collected (the window asks for none) still comes in, into its
     * own quarter, as a late form should; the preview says so first, so that it is not taken for this quarter's.
     */
    private static FileReturn ofAnotherQuarter(FileReturn file, Optional<FormDispatch> collecting) {
        if (collecting.isEmpty() || file.refused() || (collecting.get().year() == file.year()
                && collecting.get().quarter() == file.quarter())) {
            return file;
        }
        List<String> notes = new ArrayList<>();
        notes.add(Messages.get("form.note.otherQuarter", String.valueOf(file.year()), Quarters.label(file.quarter()),
                String.valueOf(collecting.get().year()), Quarters.label(collecting.get().quarter())));
        notes.addAll(file.notes());
        return new FileReturn(file.file(), file.unit(), file.year(), file.quarter(), file.rowCount(), file.changes(),
                file.problems(), notes, false);
    }

    private static Optional<FormKey> keyed(ReturnedForm form) {
        return form.rows().stream().map(r -> FormKey.parse(r.key())).flatMap(Optional::stream).findFirst();
    }

    /**
     * Stores every change of the batch's accepted files in one transaction, logged as an import of forms, and
     * marks their units' forms returned and imported.
     *
     * @return what is stored now for each quarter touched, and the change set (its inverse undoes the import)
     */
    public FormReturnResult store(FormReturnBatch batch) throws SaveRefusedException {
        LocalDateTime now = LocalDateTime.now(clock);
        Long programmeId = new ProgrammeRepository(database.dsl()).first().map(Programme::id).orElse(null);
        List<QuarterProgress> saved = progress.apply(batch.changeSet(), dsl -> {
            FormDispatchRepository tracker = new FormDispatchRepository(dsl);
            for (FileReturn file : batch.files()) {
                if (!file.refused() && file.unit() != null && programmeId != null) {
                    tracker.returned(programmeId, file.year(), file.quarter(), file.unit(), file.rowCount(),
                            file.file().getFileName().toString(), now, now, file.changes().size());
                }
            }
        });
        long accepted = batch.files().stream().filter(f -> !f.refused()).count();
        String summary = Messages.get("form.import.summary", accepted, batch.changes().size(), batch.problemCount());
        return new FormReturnResult(batch.changeSet(), saved, summary);
    }
}
