package org.qiyouxiang.app.ui.gantt;

import java.time.LocalDate;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.stage.Window;
import org.qiyouxiang.app.core.Messages;

/**
 * Prints the chart: A4 landscape offered in the printer dialog, rows split over pages with the time
 * axis and left columns repeated (see {@link GanttPages}). Runs on the FX thread, one page at a time.
 */
final class GanttPrinter {

    private GanttPrinter() {
    }

    /** @return false when the clerk cancelled the dialog */
    static boolean print(GanttView view, Window owner, String listTitle) throws PrintException {
        if (!(view.getSkin() instanceof GanttViewSkin skin)) {
            return false;
        }
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            throw new PrintException(Messages.get("gantt.print.noPrinter"));
        }
        job.getJobSettings().setPageLayout(printer.createPageLayout(Paper.A4, PageOrientation.LANDSCAPE,
                Printer.MarginType.DEFAULT));
        if (!job.showPrintDialog(owner)) {
            return false;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        GanttPages pages = pages(skin, view, page.getPrintableWidth(), page.getPrintableHeight(), listTitle);
        for (int i = 0; i < pages.count(); i++) {
            if (!job.printPage(page, pages.page(i))) {
                job.cancelJob();
                throw new PrintException(Messages.get("gantt.print.failed"));
            }
        }
        if (!job.endJob()) {
            throw new PrintException(Messages.get("gantt.print.failed"));
        }
        return true;
    }

    /** The pages for a printable area in points; also what the tests look at. */
    static GanttPages pages(GanttViewSkin skin, GanttView view, double width, double height, String listTitle) {
        String title = Messages.get("gantt.print.title", listTitle, LocalDate.now().toString());
        return new GanttPages(skin.frame().unselected(), skin.visibleQuarters(), view.getRows(), width, height, title);
    }
}
