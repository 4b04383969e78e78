package org.qiyouxiang.app.core.report;

import java.util.List;
import org.qiyouxiang.app.core.Messages;

/**
 * One printed page of the report: which table and rows it carries, its number among all pages, and the
 * shapes it is drawn with (worked out when asked, so a report of a thousand pages costs nothing until
 * a page is shown or written).
 *
 * @param number 1-based, over the whole report
 */
public record Page(int number, int total, PageSetup setup, PaginatedTable table, PageSlice slice) {

    public Part part() {
        return table.table().part();
    }

    /** 第 3 页 共 12 页 */
    public String footer() {
        return Messages.get("report.footer", number, total);
    }

    /** The shapes that draw this page, in painting order (fills, then texts and lines). */
    public List<PageShape> shapes() {
        return PageDrawing.draw(this);
    }
}
