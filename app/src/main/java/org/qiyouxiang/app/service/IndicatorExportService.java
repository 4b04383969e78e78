package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.indicators.IndicatorNames;
import org.qiyouxiang.app.core.targets.Judgement;
import org.qiyouxiang.app.excel.IndicatorSheet;
import org.qiyouxiang.app.excel.IndicatorWriter;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.model.IndicatorActual;
import org.qiyouxiang.db.model.Programme;

/**
 * Writes the five-year table as .xlsx in the documents' layout, every target text as stored, followed
 * by a year's latest actuals and their judgements.
 */
public final class IndicatorExportService {

    private final Database database;
    private final IndicatorService indicators;
    private final IndicatorWriter writer = new IndicatorWriter();

    public IndicatorExportService(Database database, IndicatorService indicators) {
        this.database = database;
        this.indicators = indicators;
    }

    /**
     * @param actualYear the year whose latest actuals and judgements are printed
     * @return how many indicators were written
     * @throws ExportException when no five-year table is stored, or the file cannot be written
     */
    public int export(int actualYear, Path out) throws ExportException {
        Programme programme = new ProgrammeRepository(database.dsl()).first()
                .filter(p -> indicators.hasFiveYearTable())
                .orElseThrow(() -> new ExportException(Messages.get("export.error.noFiveYearTable"), null));
        IndicatorSheet sheet = sheet(programme, actualYear);
        SafeFileWriter.write(out, temporary -> writer.write(sheet, temporary));
        return sheet.rows().size();
    }

    /** The five-year table's indicators in its order: those with a baseline or a five-year target. */
    IndicatorSheet sheet(Programme programme, int actualYear) {
        List<Integer> years = indicators.years();
        List<IndicatorSheet.Row> rows = new ArrayList<>();
        for (IndicatorRow row : indicators.indicators(actualYear)) {
            boolean inFiveYearTable = row.baseline() != null
                    || row.targets().stream().anyMatch(t -> t.fiveYear() != null);
            if (inFiveYearTable) {
                rows.add(row(row, years));
            }
        }
        String county = programme.county() == null ? "" : programme.county();
        return new IndicatorSheet(Messages.get("indicators.export.title", county), programme.baselineYear(),
                years, actualYear, rows);
    }

    private static IndicatorSheet.Row row(IndicatorRow row, List<Integer> years) {
        Map<Integer, String> targets = new LinkedHashMap<>();
        years.forEach(y -> row.target(y).map(YearTarget::fiveYear).ifPresent(text -> targets.put(y, text)));
        String name = row.core() ? IndicatorNames.CORE_MARK + row.name() : row.name();
        String quarter = row.latest().map(a -> Quarters.label(a.quarter())).orElse("");
        String actual = row.latest().map(IndicatorActual::text).orElse("");
        Judgement judgement = row.judgement();
        return new IndicatorSheet.Row(row.area(), row.number(), name, row.baseline(), targets, quarter, actual,
                judgement.verdict().label(), judgement.reason());
    }
}
