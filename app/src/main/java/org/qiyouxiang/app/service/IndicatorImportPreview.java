package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.app.core.TableKind;
import org.qiyouxiang.app.core.indicators.IndicatorTable;
import org.qiyouxiang.db.model.TargetSource;

/**
 * What an indicator-table import will bring in, shown before anything is written.
 *
 * @param matchedNames    the table's indicators that are already stored (by normalised name): they are
 *                        merged, never duplicated
 * @param warnings        what does not stop the import
 * @param alreadyImported the five-year table, or this year's key indicators, are stored: storing replaces
 *                        their targets (the indicators and their actuals stay)
 */
public record IndicatorImportPreview(Path file, IndicatorTable table, List<String> matchedNames,
                                     List<ImportProblem> warnings, boolean alreadyImported) {

    public IndicatorImportPreview {
        matchedNames = List.copyOf(matchedNames);
        warnings = List.copyOf(warnings);
    }

    public TableKind kind() {
        return table.kind() == TargetSource.FIVE_YEAR ? TableKind.FIVE_YEAR_TARGETS : TableKind.KEY_INDICATORS;
    }

    /** The year of a key-indicator table; null for the five-year table. */
    public Integer year() {
        return table.year();
    }

    public int indicatorCount() {
        return table.entries().size();
    }

    public int matchedCount() {
        return matchedNames.size();
    }

    public int newCount() {
        return indicatorCount() - matchedCount();
    }

    /** Indicators per area in the table's order: what the preview table shows. */
    public Map<String, Integer> countsByArea() {
        return table.countsByArea();
    }
}
