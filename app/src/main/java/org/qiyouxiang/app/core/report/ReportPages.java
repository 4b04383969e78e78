package org.qiyouxiang.app.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as it will be on paper: each part's table cut into A4 landscape pages with the header
 * repeated and 第x页 共y页 at the foot, numbered through the whole report. The print preview, the
 * javafx.print path and the PDF draw these pages; the Excel writer takes the same tables, heights and
 * page breaks.
 */
public final class ReportPages {

    private final List<PaginatedTable> tables;
    private final List<Page> pages;

    private ReportPages(List<PaginatedTable> tables, List<Page> pages) {
        this.tables = List.copyOf(tables);
        this.pages = List.copyOf(pages);
    }

    public static ReportPages of(QuarterReport report) {
        return of(ReportLayouts.tables(report), PageSetup.A4_LANDSCAPE);
    }

    public static ReportPages of(List<ReportTable> tables, PageSetup setup) {
        List<PaginatedTable> paginated = tables.stream().map(t -> Paginator.paginate(t, setup)).toList();
        int total = paginated.stream().mapToInt(t -> t.slices().size()).sum();
        List<Page> pages = new ArrayList<>(total);
        for (PaginatedTable table : paginated) {
            for (PageSlice slice : table.slices()) {
                pages.add(new Page(pages.size() + 1, total, setup, table, slice));
            }
        }
        return new ReportPages(paginated, pages);
    }

    /** Each part's table, paginated, in print order. */
    public List<PaginatedTable> tables() {
        return tables;
    }

    public List<Page> pages() {
        return pages;
    }

    public int size() {
        return pages.size();
    }

    public Page page(int number) {
        return pages.get(number - 1);
    }
}
