package org.qiyouxiang.app.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javafx.print.Printer;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.core.report.Page;
import org.qiyouxiang.app.core.report.ReportPages;
import org.qiyouxiang.app.service.ReportService;
import org.qiyouxiang.app.service.Workspace;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Prints the 2024 sample's first-quarter report for real, through the app's own print path (javafx.print to a
 * CUPS printer), to the CUPS-PDF virtual printer, and reads back what came out: as many pages as the preview
 * has, and page 1 looking like the preview's page 1 (its title, table and foot in the same places), not page 2.
 * Java prints to CUPS as PostScript with every glyph drawn as an outline, so the PDF has no text to search
 * for; the comparison is of where the ink is. Skipped where no CUPS-PDF printer exists (.ci/run makes one).
 */
@Tag("printing")
class CupsPrintingTest {

    /** Dots per inch of both pictures compared: a pixel per point. */
    static final int DPI = 72;
    /** The grid the ink is counted in, in pixels (16 points): a line a pixel off still falls in its cell. */
    static final int CELL = 16;

    @TempDir
    Path temp;

    @Test
    void theQuarterlyReportPrintsToCupsPdfAsThePreviewShowsIt() throws Exception {
        Optional<String> queue = CupsPdf.queue();
        Assumptions.assumeTrue(queue.isPresent(), "No CUPS-PDF printer here (lpstat -v lists no cups-pdf:/ device): "
                + "printing is not tested. Install cups, cups-bsd, printer-driver-cups-pdf and poppler-utils and "
                + "start cupsd, as .ci/run does.");
        Assumptions.assumeTrue(CupsPdf.canRender(), "pdftoppm (poppler-utils) is missing: printing is not tested.");
        ReportPages pages;
        try (Workspace workspace = Workspace.open(temp.resolve("data"))) {
            workspace.samples().load(temp.resolve("samples"));
            pages = ReportService.pages(workspace.reports().report(2024, 1).orElseThrow());
        }
        FxToolkit.registerPrimaryStage();
        PageFonts fonts = PageFonts.system();
        String job = "qiyouxiangprinttest" + System.currentTimeMillis();

        WaitForAsyncUtils.asyncFx(() -> {
            Printer printer = Printer.getAllPrinters().stream().filter(p -> p.getName().equals(queue.get()))
                    .findFirst().orElseThrow(() -> new AssertionError("JavaFX does not see the printer " + queue.get()));
            ReportPrinter.print(ReportPrinter.job(printer), pages, 1, pages.size(), fonts, job, n -> { });
            return null;
        }).get(180, TimeUnit.SECONDS);

        Path pdf = CupsPdf.await(CupsPdf.outputFolder(), job, Duration.ofSeconds(120));
        try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
            assertThat(printed.getNumberOfPages()).isEqualTo(pages.size());
            double[] paper = landscape(ink(firstPage(pdf)), ink(pages.page(1)));
            double first = correlation(paper, ink(pages.page(1)));
            double second = correlation(paper, ink(pages.page(2)));
            assertThat(first).as("printed page 1 against the preview's page 1").isGreaterThan(0.75);
            assertThat(first - second).as("page 1 is told from page 2").isGreaterThan(0.2);
            String text = new PDFTextStripper().getText(printed);
            if (!text.isBlank()) {
                // A Java that prints text as text: then the title can be read as well.
                assertThat(text).contains(pages.page(1).table().table().title());
            }
        }
    }

    /** The printed PDF's first page in grey, drawn by poppler (PDFBox drops the printer's hairlines). */
    private BufferedImage firstPage(Path pdf) throws Exception {
        Path prefix = temp.resolve("printed");
        Process render = new ProcessBuilder("pdftoppm", "-r", String.valueOf(DPI), "-f", "1", "-l", "1", "-gray",
                "-png", "-singlefile", pdf.toString(), prefix.toString()).inheritIO().start();
        assertThat(render.waitFor(60, TimeUnit.SECONDS) && render.exitValue() == 0).as("pdftoppm ran").isTrue();
        return ImageIO.read(temp.resolve("printed.png").toFile());
    }

    /** The preview's page drawn as the preview draws it, white paper, at {@link #DPI}. */
    private static double[][] ink(Page page) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            Group nodes = PageNodes.of(page, PageFonts.system());
            double scale = DPI / 72.0;
            nodes.getTransforms().add(new Scale(scale, scale, 0, 0));
            javafx.scene.shape.Rectangle paper = new javafx.scene.shape.Rectangle(page.setup().width() * scale,
                    page.setup().height() * scale, Color.WHITE);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.WHITE);
            return new Group(paper, nodes).snapshot(parameters, null);
        }).get(30, TimeUnit.SECONDS);
        PixelReader pixels = image.getPixelReader();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        double[][] grid = new double[height / CELL][width / CELL];
        for (int y = 0; y < grid.length * CELL; y++) {
            for (int x = 0; x < grid[0].length * CELL; x++) {
                grid[y / CELL][x / CELL] += 1 - pixels.getColor(x, y).grayscale().getBrightness();
            }
        }
        return grid;
    }

    private static double[][] ink(BufferedImage image) {
        double[][] grid = new double[image.getHeight() / CELL][image.getWidth() / CELL];
        for (int y = 0; y < grid.length * CELL; y++) {
            for (int x = 0; x < grid[0].length * CELL; x++) {
                grid[y / CELL][x / CELL] += 1 - (image.getRaster().getSample(x, y, 0) / 255.0);
            }
        }
        return grid;
    }

    /**
     * The printed page turned to lie as the preview's does: CUPS-PDF writes a landscape page as a portrait
     * one with its content turned a quarter, one way or the other; the turn that matches better is taken.
     */
    private static double[] landscape(double[][] printed, double[][] preview) {
        if (printed.length <= printed[0].length) {
            return flat(printed, preview);
        }
        double[] clockwise = flat(turn(printed, true), preview);
        double[] anticlockwise = flat(turn(printed, false), preview);
        return correlation(clockwise, preview) >= correlation(anticlockwise, preview) ? clockwise : anticlockwise;
    }

    private static double[][] turn(double[][] grid, boolean clockwise) {
        int rows = grid.length;
        int columns = grid[0].length;
        double[][] turned = new double[columns][rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (clockwise) {
                    turned[c][rows - 1 - r] = grid[r][c];
                } else {
                    turned[columns - 1 - c][r] = grid[r][c];
                }
            }
        }
        return turned;
    }

    /** The grid's cells row by row, cut to the preview's grid (the two may differ by a cell at the edges). */
    private static double[] flat(double[][] grid, double[][] like) {
        int rows = like.length;
        int columns = like[0].length;
        double[] cells = new double[rows * columns];
        for (int r = 0; r < rows && r < grid.length; r++) {
            for (int c = 0; c < columns && c < grid[0].length; c++) {
                cells[r * columns + c] = grid[r][c];
            }
        }
        return cells;
    }

    private static double correlation(double[] a, double[][] b) {
        return correlation(a, flat(b, b));
    }

    /** Pearson's correlation of two equally long series of ink amounts. */
    private static double correlation(double[] a, double[] b) {
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < a.length; i++) {
            meanA += a[i];
            meanB += b[i];
        }
        meanA /= a.length;
        meanB /= b.length;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - meanA) * (b[i] - meanB);
            aa += (a[i] - meanA) * (a[i] - meanA);
            bb += (b[i] - meanB) * (b[i] - meanB);
        }
        return ab / Math.sqrt(aa * bb);
    }
}
