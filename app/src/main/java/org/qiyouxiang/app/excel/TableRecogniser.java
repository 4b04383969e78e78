package org.qiyouxiang.app.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Place;
import org.qiyouxiang.app.core.TableKind;
import org.qiyouxiang.db.model.TargetSource;

/**
 * Tells which of the office's tables a file holds, from the headers of its sheets: a work list
 * (名称 with quarter or schedule columns), a five-year table (指标 with year columns) or a year's
 * key-indicator table (指标 with 完成值 or 目标值). The first visible sheet with a header decides. A
 * fill-in form this program generated (填报表) is known by its hidden part or its key column first.
 */
public final class TableRecogniser {

    private TableRecogniser() {
    }

    /** @throws ImportException when the file cannot be opened or holds none of the three tables */
    public static TableKind recognise(Path file) throws ImportException {
        String fileName = file.getFileName().toString();
        try (Workbook workbook = SpreadsheetFiles.open(file)) {
            return recognise(workbook, fileName);
        } catch (IOException e) {
            throw new ImportException(Place.file(fileName), Messages.get("import.error.notSpreadsheet"), e);
        } catch (RuntimeException e) {
            throw new ImportException(Place.file(fileName), Messages.get("import.error.damaged"), e);
        }
    }

    private static TableKind recognise(Workbook workbook, String fileName) throws ImportException {
        if (FormReader.isForm(workbook)) {
            return TableKind.RETURNED_FORM;
        }
        ImportProblem hint = null;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                continue;
            }
            SheetView view = new SheetView(workbook.getSheetAt(i));
            WorkListHeader.Search workList = WorkListHeader.find(view);
            if (workList.header().isPresent()) {
                return TableKind.WORK_LIST;
            }
            IndicatorHeader.Search indicators = IndicatorHeader.find(view);
            if (indicators.header().isPresent()) {
                return indicators.header().get().kind() == TargetSource.FIVE_YEAR
                        ? TableKind.FIVE_YEAR_TARGETS : TableKind.KEY_INDICATORS;
            }
            if (hint == null) {
                hint = hint(Place.file(fileName).sheet(view.name()), workList, indicators);
            }
        }
        throw new ImportException(List.of(hint != null ? hint
                : new ImportProblem(Place.file(fileName), Messages.get("import.error.unknownTable"))));
    }

    /** A header that lacks one column says more than "unknown table": which column is missing. */
    private static ImportProblem hint(Place sheet, WorkListHeader.Search workList, IndicatorHeader.Search indicators) {
        if (indicators.rowWithoutName().isPresent()) {
            return new ImportProblem(sheet.row(indicators.rowWithoutName().getAsInt() + 1),
                    Messages.get("import.indicators.headerWithoutName"));
        }
        if (workList.rowWithoutName().isPresent()) {
            return new ImportProblem(sheet.row(workList.rowWithoutName().getAsInt() + 1),
                    Messages.get("import.worklist.headerWithoutName"));
        }
        if (workList.rowWithoutSchedule().isPresent()) {
            return new ImportProblem(sheet.row(workList.rowWithoutSchedule().getAsInt() + 1),
                    Messages.get("import.worklist.headerWithoutSchedule"));
        }
        return null;
    }
}
