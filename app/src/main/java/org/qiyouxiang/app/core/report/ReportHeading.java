package org.qiyouxiang.app.core.report;

import java.time.LocalDate;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;

/**
 * What every part of a report is headed with: the programme, year and quarter for the title, the office
 * that reports and the date.
 *
 * @param programmeName 嵊泗县公共服务“七优享”工程
 * @param office        嵊泗县公共服务“七优享”工程工作专班办公室 (a setting)
 * @param date          the day the report is made, which the status rules judge as of
 */
public record ReportHeading(int year, int quarter, String programmeName, String office, LocalDate date) {

    public String quarterLabel() {
        return Quarters.label(quarter);
    }

    /** 报送单位：… */
    public String officeLine() {
        return Messages.get("report.officeLine", office);
    }

    /** 报送日期：2024年7月10日 */
    public String dateLine() {
        return Messages.get("report.dateLine", String.valueOf(date.getYear()), date.getMonthValue(),
                date.getDayOfMonth());
    }
}
