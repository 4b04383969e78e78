package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.qiyouxiang.app.core.ImportException;

/**
 * Loads the bundled 嵊泗 sample in one go: the five-year targets, the 2024 key indicators, then the 2024
 * work list, whose key-indicator items are linked to their indicators. What is already stored of the
 * same tables is replaced: the clerk asked for the sample.
 */
public final class SampleLoader {

    /** What was loaded, one result per table. */
    public record Result(IndicatorImportResult fiveYearTargets, IndicatorImportResult keyIndicators,
                         ImportResult workList) {

        /** One line per table, in the order they were loaded. */
        public List<String> summaries() {
            return List.of(fiveYearTargets.summary(), keyIndicators.summary(), workList.summary());
        }
    }

    private final WorkListImportService workLists;
    private final IndicatorImportService indicators;

    public SampleLoader(WorkListImportService workLists, IndicatorImportService indicators) {
        this.workLists = workLists;
        this.indicators = indicators;
    }

    /**
     * @param folder where the bundled files are copied to be read (the data folder's {@code samples})
     * @throws ImportException only if a bundled file is broken, which the build's tests rule out
     */
    public Result load(Path folder) throws ImportException {
        IndicatorImportPreview fiveYear = indicators.preview(
                SampleData.extract(SampleData.FIVE_YEAR_TARGETS, folder), OptionalInt.empty());
        IndicatorImportPreview key = indicators.preview(
                SampleData.extract(SampleData.KEY_INDICATORS, folder), OptionalInt.empty());
        ImportPreview workList = workLists.preview(SampleData.extract(SampleData.WORK_LIST, folder), OptionalInt.empty());
        try {
            return new Result(indicators.store(fiveYear, true), indicators.store(key, true),
                    workLists.store(workList, true));
        } catch (TargetsExistException | YearExistsException e) {
            throw new IllegalStateException("a replacing store refused to replace", e);
        }
    }
}
