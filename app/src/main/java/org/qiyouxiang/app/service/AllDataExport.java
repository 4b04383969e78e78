package org.qiyouxiang.app.service;

import org.qiyouxiang.app.core.Messages;

/** What the all-data workbook holds, counted for the status line and the command line. */
public record AllDataExport(int workItems, int progressRows, int indicators, int actuals, int projects, int changes) {

    static AllDataExport of(AllData data) {
        return new AllDataExport(data.itemCount(), data.progressCount(), data.indicators().size(),
                data.actuals().size(), data.projects().size(), data.changes().size());
    }

    /** 已导出全部数据：工作清单 91 项，季度进展 120 条，指标 49 个，指标完成值 3 条，修改记录 300 条 */
    public String summary() {
        String summary = Messages.get("export.all.done", workItems, progressRows, indicators, actuals, changes);
        return projects == 0 ? summary : summary + Messages.get("export.all.done.projects", projects);
    }
}
