package org.qiyouxiang.app.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.qiyouxiang.app.core.DocumentTitles;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Place;
import org.qiyouxiang.app.core.worklist.MilestoneCell;
import org.qiyouxiang.app.core.worklist.SourceCell;
import org.qiyouxiang.app.core.worklist.WorkListAssembler;
import org.qiyouxiang.app.core.worklist.WorkListColumn;
import org.qiyouxiang.app.core.worklist.WorkListRow;
import org.qiyouxiang.db.model.WorkList;

/**
 * Reads a work list (工作清单) from an .xlsx or .xls file in any of the shapes offices produce: title
 * lines above the header, renamed headers, merged or repeated area and kind cells, one sheet per
 * area, extra columns, the header repeated after a page break. Writes nothing anywhere.
 */
public final class WorkListReader {

    /** Sheet names that say nothing about the area: Sheet1, 工作表1, 表2, 工作清单. */
    private static final Pattern GENERIC_SHEET = Pattern.compile("(?i)^(sheet\\d*|工作表\\d*|表\\d*|.*清单.*|.*20\\d\\d.*)$");
    static final int MAX_ROWS = 20_000;

    /**
     * @param file         the spreadsheet
     * @param yearOverride the year to use when the clerk has chosen one; else found in the title or file name
     * @return the list (ids null) with warnings; unit and person names split but not yet matched to aliases
     * @throws ImportException with a Chinese message naming file, sheet, row and column
     */
    public WorkListReadResult read(Path file, OptionalInt yearOverride) throws ImportException {
        String fileName = file.getFileName().toString();
        try (Workbook workbook = SpreadsheetFiles.open(file)) {
            return read(workbook, fileName, yearOverride);
        } catch (IOException e) {
            throw new ImportException(Place.file(fileName), Messages.get("import.error.notSpreadsheet"), e);
        } catch (RuntimeException e) {
            if (SpreadsheetFiles.expandsTooMuch(e)) {
                throw new ImportException(Place.file(fileName), Messages.get("import.error.expandsTooMuch",
                        SpreadsheetFiles.MAX_EXPANDED_PART / 1024 / 1024), e);
            }
            // A file POI opened but cannot walk (damaged parts inside): the clerk gets a message, the log the trace.
            throw new ImportException(Place.file(fileName), Messages.get("import.error.damaged"), e);
        }
    }

    /**
     * A column the office added (备注, 联系电话 …) with something written under it: not part of the work list, so not
     * imported, and the preview says so instead of dropping it without a word.
     */
    private static void ignoredColumns(SheetView view, WorkListHeader header, Place place,
                                       List<ImportProblem> warnings) {
        int r = header.row();
        for (int c = 0; c <= view.lastColumn(r); c++) {
            String name = view.text(r, c).strip();
            boolean used = header.columns().containsValue(c) || header.quarterColumns().containsKey(c)
                    || view.continuesLeft(r, c) || WorkListColumn.recognise(name).isPresent();
            if (name.isEmpty() || used || !filledBelow(view, header, c)) {
                continue;
            }
            warnings.add(new ImportProblem(place.cell(r + 1, CellReference.convertNumToColString(c)), Messages.get("import.worklist.columnIgnored", name)));
        }
    }

    private static boolean filledBelow(SheetView view, WorkListHeader header, int column) {
        for (int r = header.dataStart(); r <= view.lastRow(); r++) {
            if (!view.text(r, column).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private WorkListReadResult read(Workbook workbook, String fileName, OptionalInt yearOverride)
            throws ImportException {
        WorkListAssembler assembler = new WorkListAssembler(fileName);
        List<ImportProblem> warnings = new ArrayList<>();
        List<ImportProblem> errors = new ArrayList<>();
        String title = null;
        int tables = 0;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                continue;
            }
            Sheet sheet = workbook.getSheetAt(i);
            SheetView view = new SheetView(sheet);
            Place place = Place.file(fileName).sheet(sheet.getSheetName());
            WorkListHeader.Search search = WorkListHeader.find(view);
            if (search.header().isEmpty()) {
                explainMissingHeader(view, place, search, warnings, errors);
                continue;
            }
            if (view.lastRow() > MAX_ROWS) {
                errors.add(new ImportProblem(place, Messages.get("import.error.tooManyRows", MAX_ROWS)));
                continue;
            }
            WorkListHeader header = search.header().get();
            if (title == null) {
                title = titleAbove(view, header.row());
            }
            tables++;
            ignoredColumns(view, header, place, warnings);
            assembler.startSheet(sheet.getSheetName(), letters(header), areaFromSheetName(sheet.getSheetName()));
            for (int r = header.dataStart(); r <= view.lastRow(); r++) {
                if (!header.isRepeatedHeader(view, r)) {
                    assembler.accept(row(view, header, r));
                }
            }
        }
        assembler.finish();
        errors.addAll(assembler.errors());
        if (tables == 0 && errors.isEmpty()) {
            errors.add(new ImportProblem(Place.file(fileName), Messages.get("import.worklist.noHeader")));
        }
        if (errors.isEmpty() && assembler.items().isEmpty()) {
            errors.add(new ImportProblem(Place.file(fileName), Messages.get("import.worklist.noItems")));
        }
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
        int year = yearOf(yearOverride, title, fileName, workbook);
        String county = DocumentTitles.county(title).or(() -> DocumentTitles.county(fileName)).orElse(null);
        warnings.addAll(assembler.warnings());
        return new WorkListReadResult(new WorkList(null, year, title, fileName, assembler.items()), county, warnings);
    }

    private static void explainMissingHeader(SheetView view, Place place, WorkListHeader.Search search,
                                             List<ImportProblem> warnings, List<ImportProblem> errors) {
        if (search.rowWithoutName().isPresent()) {
            errors.add(new ImportProblem(place.row(search.rowWithoutName().getAsInt() + 1),
                    Messages.get("import.worklist.headerWithoutName")));
        } else if (search.rowWithoutSchedule().isPresent()) {
            errors.add(new ImportProblem(place.row(search.rowWithoutSchedule().getAsInt() + 1),
                    Messages.get("import.worklist.headerWithoutSchedule")));
        } else if (IndicatorTableHint.looksLikeIndicators(view)) {
            errors.add(new ImportProblem(place, Messages.get("import.worklist.isIndicatorTable")));
        } else if (view.lastRow() > 0 || !view.text(0, 0).isEmpty()) {
            warnings.add(new ImportProblem(place, Messages.get("import.worklist.sheetSkipped")));
        }
    }

    private static int yearOf(OptionalInt override, String title, String fileName, Workbook workbook)
            throws ImportException {
        if (override.isPresent()) {
            return override.getAsInt();
        }
        OptionalInt year = DocumentTitles.year(title);
        if (year.isEmpty()) {
            year = DocumentTitles.year(fileName);
        }
        for (int i = 0; year.isEmpty() && i < workbook.getNumberOfSheets(); i++) {
            year = DocumentTitles.year(workbook.getSheetName(i));
        }
        if (year.isEmpty()) {
            throw new YearNotFoundException(Place.file(fileName));
        }
        return year.getAsInt();
    }

    /** The first text above the header: the document's title. */
    static String titleAbove(SheetView view, int headerRow) {
        for (int r = 0; r < headerRow; r++) {
            for (int c = 0; c <= view.lastColumn(r); c++) {
                String text = view.text(r, c);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    static String areaFromSheetName(String sheetName) {
        String name = sheetName.strip().replaceAll("^[\\d一二三四五六七八九十]+[、.．\\s]*", "");
        return name.isEmpty() || GENERIC_SHEET.matcher(name).matches() ? null : name;
    }

    private static Map<WorkListColumn, String> letters(WorkListHeader header) {
        Map<WorkListColumn, String> letters = new HashMap<>();
        header.columns().forEach((role, column) -> letters.put(role, SheetView.letter(column)));
        return letters;
    }

    private static WorkListRow row(SheetView view, WorkListHeader header, int r) {
        Optional<Integer> nameColumn = header.column(WorkListColumn.NAME);
        CellRangeAddress nameRegion = nameColumn.map(c -> view.region(r, c)).orElse(null);
        if (nameRegion != null && nameRegion.getLastColumn() - nameRegion.getFirstColumn() >= 2) {
            // A heading merged across the table (一、幼有善育): a section row, not an item.
            return new WorkListRow(r + 1, SourceCell.EMPTY, SourceCell.EMPTY, SourceCell.EMPTY, SourceCell.EMPTY,
                    List.of(), "", "", List.of(view.text(r, nameColumn.get())));
        }
        Optional<String> heading = loneHeading(view, header, r);
        if (heading.isPresent()) {
            return new WorkListRow(r + 1, SourceCell.EMPTY, SourceCell.EMPTY, SourceCell.EMPTY, SourceCell.EMPTY,
                    List.of(), "", "", List.of(heading.get()));
        }
        return new WorkListRow(r + 1,
                cell(view, header, r, WorkListColumn.AREA),
                cell(view, header, r, WorkListColumn.KIND),
                cell(view, header, r, WorkListColumn.NUMBER),
                cell(view, header, r, WorkListColumn.NAME),
                milestones(view, header, r),
                cell(view, header, r, WorkListColumn.UNITS).text(),
                cell(view, header, r, WorkListColumn.PERSONS).text(),
                others(view, header, r));
    }

    /**
     * The text of a row whose only filled cell is a heading (一、幼有善育 in the 序号 column): not in the
     * name, quarter, unit or person columns, and not continuing a merge from above.
     */
    private static Optional<String> loneHeading(SheetView view, WorkListHeader header, int r) {
        String found = null;
        for (int c = 0; c <= view.lastColumn(r); c++) {
            if (view.continuesAbove(r, c) || view.continuesLeft(r, c) || view.text(r, c).isEmpty()) {
                continue;
            }
            boolean itemColumn = header.quarterColumns().containsKey(c)
                    || header.column(WorkListColumn.NAME).orElse(-1) == c
                    || header.column(WorkListColumn.UNITS).orElse(-1) == c
                    || header.column(WorkListColumn.PERSONS).orElse(-1) == c;
            if (found != null || itemColumn) {
                return Optional.empty();
            }
            found = view.text(r, c);
        }
        boolean numberLike = found != null && found.matches("[\\d.]+");
        return numberLike ? Optional.empty() : Optional.ofNullable(found);
    }

    private static SourceCell cell(SheetView view, WorkListHeader header, int r, WorkListColumn role) {
        return header.column(role)
                .map(c -> new SourceCell(view.text(r, c), view.continuesAbove(r, c)))
                .orElse(SourceCell.EMPTY);
    }

    private static List<MilestoneCell> milestones(SheetView view, WorkListHeader header, int r) {
        List<MilestoneCell> cells = new ArrayList<>();
        Optional<Integer> single = header.scheduleColumn();
        if (single.isPresent()) {
            int c = single.get();
            cells.add(new MilestoneCell(1, 4, view.text(r, c), view.continuesAbove(r, c)));
            return cells;
        }
        header.quarterColumns().forEach((c, quarter) -> {
            if (view.continuesLeft(r, c)) {
                return;
            }
            int to = quarter;
            CellRangeAddress region = view.region(r, c);
            if (region != null) {
                for (var entry : header.quarterColumns().entrySet()) {
                    if (region.containsColumn(entry.getKey())) {
                        to = Math.max(to, entry.getValue());
                    }
                }
            }
            cells.add(new MilestoneCell(quarter, to, view.text(r, c), view.continuesAbove(r, c)));
        });
        return cells;
    }

    /** Texts left of the name column in columns the table does not use: headings written in column A. */
    private static List<String> others(SheetView view, WorkListHeader header, int r) {
        int limit = header.column(WorkListColumn.NAME).orElse(0);
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < limit; c++) {
            if (!header.columns().containsValue(c) && !header.quarterColumns().containsKey(c)
                    && !view.continuesLeft(r, c) && !view.continuesAbove(r, c)) {
                String text = view.text(r, c);
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }
}
