package org.qiyouxiang.app.excel;

import java.util.List;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.app.core.indicators.IndicatorTable;

/** What an indicator-table file holds, and warnings that do not stop the import (shown in the preview). */
public record IndicatorReadResult(IndicatorTable table, List<ImportProblem> warnings) {

    public IndicatorReadResult {
        warnings = List.copyOf(warnings);
    }
}
