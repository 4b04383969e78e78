package org.qiyouxiang.app.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.qiyouxiang.app.core.DocumentTitles;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Place;
import org.qiyouxiang.app.core.indicators.IndicatorColumn;
import org.qiyouxiang.app.core.indicators.IndicatorColumnLetters;
import org.qiyouxiang.app.core.indicators.IndicatorTable;
import org.qiyouxiang.app.core.indicators.IndicatorTableAssembler;
import org.qiyouxiang.db.model.TargetSource;

/**
 * Reads an indicator table (the five-year table or a year's key-indicator table) from an .xlsx or .xls
 * file in the shapes offices produce: title lines above the header, areas merged down or repeated or
 * written one character per line, the header repeated after a page break, one sheet per area, extra
 * columns. Numbers read as displayed (3.80 stays 3.80). Writes nothing anywhere.
 */
public final class IndicatorTableReader {

    /** A sheet with an indicator table's header. */
    private record Table(Sheet sheet, SheetView view, IndicatorHeader header) {
    }

    /**
     * @param yearOverride the year of a key-indicator table when the clerk has chosen one; else found in the
     *                     header, the title, the file name or a sheet name. Ignored for a five-year table.
     * @throws ImportException with a Chinese message naming file, sheet, row and column
     */
    public IndicatorReadResult read(Path file, OptionalInt yearOverride) throws ImportException {
        String fileName = file.getFileName().toString();
        try (Workbook workbook = SpreadsheetFiles.open(file)) {
            return read(workbook, fileName, yearOverride);
        } catch (IOException e) {
            throw new ImportException(Place.file(fileName), Messages.get("import.error.notSpreadsheet"), e);
        } catch (RuntimeException e) {
            throw new ImportException(Place.file(fileName), Messages.get("import.error.damaged"), e);
        }
    }

    private IndicatorReadResult read(Workbook workbook, String fileName, OptionalInt yearOverride)
            throws ImportException {
        List<ImportProblem> errors = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>();
        List<Table> tables = tables(workbook, fileName, warnings, errors);
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
        Table first = tables.get(0);
        IndicatorHeader header = first.header();
        String title = WorkListReader.titleAbove(first.view(), header.row());
        Integer year = header.kind() == TargetSource.KEY
                ? yearOf(yearOverride, header, title, fileName, workbook) : null;
        IndicatorTableAssembler assembler = new IndicatorTableAssembler(fileName, header.kind(), header.baselineYear());
        for (Table table : tables) {
            read(table, year, assembler);
        }
        errors.addAll(assembler.errors());
        if (errors.isEmpty() && assembler.entries().isEmpty()) {
            errors.add(new ImportProblem(Place.file(fileName), Messages.get("import.indicators.noIndicators")));
        }
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
        warnings.addAll(assembler.warnings());
        String county = DocumentTitles.county(title).or(() -> DocumentTitles.county(fileName)).orElse(null);
        List<Integer> targetYears = header.kind() == TargetSource.KEY ? List.of(year)
                : header.yearColumns().values().stream().skip(1).toList();
        IndicatorTable table = new IndicatorTable(header.kind(), title, fileName, county, year,
                header.baselineYear(), targetYears, assembler.entries());
        return new IndicatorReadResult(table, warnings);
    }

    /** The sheets holding an indicator table, all of one kind and (five-year tables) of the same years. */
    private static List<Table> tables(Workbook workbook, String fileName, List<ImportProblem> warnings,
                                      List<ImportProblem> errors) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                continue;
            }
            Sheet sheet = workbook.getSheetAt(i);
            SheetView view = new SheetView(sheet);
            Place place = Place.file(fileName).sheet(sheet.getSheetName());
            IndicatorHeader.Search search = IndicatorHeader.find(view);
            if (search.header().isEmpty()) {
                explainMissingHeader(view, place, search, warnings, errors);
            } else if (view.lastRow() > WorkListReader.MAX_ROWS) {
                errors.add(new ImportProblem(place, Messages.get("import.error.tooManyRows", WorkListReader.MAX_ROWS)));
            } else {
                checkYears(search.header().get(), place, errors);
                Table table = new Table(sheet, view, search.header().get());
                if (!tables.isEmpty()) {
                    checkSameShape(tables.get(0), table, place, errors);
                }
                tables.add(table);
            }
        }
        if (tables.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportProblem(Place.file(fileName), Messages.get("import.indicators.noHeader")));
        }
        return tables;
    }

    private static void explainMissingHeader(SheetView view, Place place, IndicatorHeader.Search search,
                                             List<ImportProblem> warnings, List<ImportProblem> errors) {
        if (search.rowWithoutName().isPresent()) {
            errors.add(new ImportProblem(place.row(search.rowWithoutName().getAsInt() + 1),
                    Messages.get("import.indicators.headerWithoutName")));
        } else if (WorkListHeader.find(view).header().isPresent()) {
            errors.add(new ImportProblem(place, Messages.get("import.indicators.isWorkList")));
        } else if (view.lastRow() > 0 || !view.text(0, 0).isEmpty()) {
            warnings.add(new ImportProblem(place, Messages.get("import.indicators.sheetSkipped")));
        }
    }

    private static void checkYears(IndicatorHeader header, Place place, List<ImportProblem> errors) {
        Map<Integer, Integer> seen = new HashMap<>();
        header.yearColumns().forEach((column, year) -> {
            if (seen.put(year, column) != null) {
                errors.add(new ImportProblem(place.row(header.row() + 1),
                        Messages.get("import.indicators.sameYearTwice", year)));
            }
        });
    }

    private static void checkSameShape(Table first, Table other, Place place, List<ImportProblem> errors) {
        if (first.header().kind() != other.header().kind()) {
            errors.add(new ImportProblem(place, Messages.get("import.indicators.mixedKinds")));
        } else if (!List.copyOf(first.header().yearColumns().values())
                .equals(List.copyOf(other.header().yearColumns().values()))) {
            errors.add(new ImportProblem(place.row(other.header().row() + 1),
                    Messages.get("import.indicators.otherYears", first.sheet().getSheetName())));
        }
    }

    private static Integer yearOf(OptionalInt override, IndicatorHeader header, String title, String fileName,
                                  Workbook workbook) throws ImportException {
        OptionalInt year = override.isPresent() ? override : header.headerYear();
        if (year.isEmpty()) {
            year = DocumentTitles.year(title);
        }
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

    private static void read(Table table, Integer year, IndicatorTableAssembler assembler) {
        IndicatorHeader header = table.header();
        SheetView view = table.view();
        assembler.startSheet(view.name(), letters(header, year), WorkListReader.areaFromSheetName(view.name()));
        for (int r = header.dataStart(); r <= view.lastRow(); r++) {
            if (!header.isRepeatedHeader(view, r)) {
                assembler.accept(IndicatorRows.row(view, header, year, r));
            }
        }
    }

    private static IndicatorColumnLetters letters(IndicatorHeader header, Integer year) {
        Map<Integer, String> values = new LinkedHashMap<>();
        if (header.kind() == TargetSource.KEY) {
            values.put(year, SheetView.letter(header.valueColumn()));
        } else {
            header.yearColumns().forEach((column, y) -> values.put(y, SheetView.letter(column)));
        }
        return new IndicatorColumnLetters(letter(header, IndicatorColumn.AREA), letter(header, IndicatorColumn.NUMBER),
                letter(header, IndicatorColumn.NAME), values, letter(header, IndicatorColumn.LEAD_UNIT));
    }

    private static String letter(IndicatorHeader header, IndicatorColumn role) {
        return header.column(role).map(SheetView::letter).orElse(null);
    }
}
