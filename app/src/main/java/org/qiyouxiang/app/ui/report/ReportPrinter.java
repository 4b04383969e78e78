package org.qiyouxiang.app.ui.report;

import java.util.function.IntConsumer;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.report.Page;
import org.qiyouxiang.app.core.report.ReportPages;
import org.qiyouxiang.app.ui.gantt.PrintException;

/**
 * Prints report pages through javafx.print: each page's shapes as nodes ({@link PageNodes}), placed on the
 * printer's paper by {@link PaperFit}, one page at a time, so the paper shows what the preview shows and the
 * PDF holds. Runs on the FX thread (javafx.print keeps the window responsive while a page renders).
 */
public final class ReportPrinter {

    private ReportPrinter() {
    }

    /** A4 landscape with the printer's smallest margins: the report's own margins then place the page. */
    public static PageLayout defaultLayout(Printer printer) {
        return printer.createPageLayout(Paper.A4, PageOrientation.LANDSCAPE, Printer.MarginType.HARDWARE_MINIMUM);
    }

    /**
     * Prints pages {@code from} to {@code to} (1-based, both included) of {@code pages}.
     *
     * @param job        a job made for the chosen printer, its settings (layout, copies) as the clerk left them
     * @param afterPage  told each page number once it is sent
     */
    public static void print(PrinterJob job, ReportPages pages, int from, int to, PageFonts fonts, String jobName,
                             IntConsumer afterPage) throws PrintException {
        PageLayout layout = job.getJobSettings().getPageLayout();
        job.getJobSettings().setJobName(jobName);
        for (int number = from; number <= to; number++) {
            if (!job.printPage(layout, onPaper(pages.page(number), fonts, layout))) {
                job.cancelJob();
                throw new PrintException(Messages.get("gantt.print.failed"));
            }
            afterPage.accept(number);
        }
        if (!job.endJob()) {
            throw new PrintException(Messages.get("gantt.print.failed"));
        }
    }

    /** The page's nodes, scaled and moved into the layout's printable area. */
    static Node onPaper(Page page, PageFonts fonts, PageLayout layout) {
        PaperFit fit = PaperFit.of(page.setup(), layout.getLeftMargin(), layout.getTopMargin(),
                layout.getPrintableWidth(), layout.getPrintableHeight());
        Group shapes = PageNodes.of(page, fonts);
        shapes.getTransforms().setAll(new Translate(fit.translateX(), fit.translateY()),
                new Scale(fit.scale(), fit.scale(), 0, 0));
        return new Group(shapes);
    }

    /** A job on {@code printer} with A4 landscape set; fails with the clerk's words when there is none. */
    public static PrinterJob job(Printer printer) throws PrintException {
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            throw new PrintException(Messages.get("gantt.print.noPrinter"));
        }
        job.getJobSettings().setPageLayout(defaultLayout(printer));
        return job;
    }
}
