package org.qiyouxiang.app.service;

import java.nio.file.Path;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.excel.WorkListWriter;
import org.qiyouxiang.db.model.WorkList;

/** Writes a stored year's work list as .xlsx in the official layout. */
public final class WorkListExportService {

    private final WorkListService workLists;
    private final WorkListWriter writer = new WorkListWriter();

    public WorkListExportService(WorkListService workLists) {
        this.workLists = workLists;
    }

    /** @return the list that was written */
    public WorkList export(int year, Path out) throws ExportException {
        WorkList list = workLists.workList(year)
                .orElseThrow(() -> new ExportException(Messages.get("export.error.noYear", String.valueOf(year)), null));
        SafeFileWriter.write(out, temporary -> writer.write(list, temporary));
        return list;
    }
}
