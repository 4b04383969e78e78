package org.qiyouxiang.app.excel;

import java.util.List;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.db.model.WorkList;

/**
 * What a work-list file holds: the list (its items in order), the county named in its title
 * (e.g. 嵊泗县, or null), and warnings that do not stop the import (shown in the preview).
 */
public record WorkListReadResult(WorkList workList, String county, List<ImportProblem> warnings) {

    public WorkListReadResult {
        warnings = List.copyOf(warnings);
    }
}
