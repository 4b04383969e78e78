package org.qiyouxiang.app.core.report;

import org.qiyouxiang.app.core.Messages;

/** The parts of the quarterly report, in the order they are printed; each is a sheet of the workbook. */
public enum Part {
    /** 工作清单进展情况 */
    PROGRESS,
    /** 重点指标完成情况 */
    INDICATORS,
    /** 汇总 and 晾晒 */
    SUMMARY,
    /** 滞后事项清单 */
    LAGGING,
    /** 重大项目 */
    MAJOR_PROJECTS;

    /** The sheet's name. */
    public String sheetName() {
        return Messages.get("report.sheet." + name());
    }

    /** The part's title for a heading: 2024年嵊泗县公共服务“七优享”工程一季度进展情况. */
    public String title(ReportHeading heading) {
        return Messages.get("report.title." + name(), String.valueOf(heading.year()), heading.programmeName(),
                heading.quarterLabel());
    }
}
