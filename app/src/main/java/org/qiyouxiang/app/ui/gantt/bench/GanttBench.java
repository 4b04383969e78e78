package org.qiyouxiang.app.ui.gantt.bench;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.qiyouxiang.app.core.gantt.GanttItem;
import org.qiyouxiang.app.core.gantt.GanttItems;
import org.qiyouxiang.app.core.gantt.GanttRow;
import org.qiyouxiang.app.core.gantt.GanttRows;
import org.qiyouxiang.app.core.gantt.QuarterFactsSource;
import org.qiyouxiang.app.ui.gantt.GanttView;
import org.qiyouxiang.db.model.WorkList;

/**
 * How the Gantt view copes with a programme of 100, 1,000 and 10,000 items (four milestones each,
 * spans, continuation lines, mixed statuses, fixed seed). Not a test: a {@code bench} command calls
 * {@link #measure}; {@link #main} prints {@code BENCH gantt.<name> <median> ms} lines.
 *
 * <p>Figures are medians of time on the FX thread, what keeps the window from answering:
 * {@code build-rows} (work list and statuses to grouped rows), {@code first-paint} (a new view laid out
 * and painted, every row measured), {@code scroll-step} (120 px down or up, repainted), {@code zoom-change}
 * (between one year, 2.5 years and the whole programme). {@code scroll-frame} adds rasterising the
 * canvas and reading it back ({@code snapshot}): an upper bound for a frame in the software pipeline.
 *
 * <p>{@code java -cp "app/target/classes:app/target/lib/*" org.qiyouxiang.app.ui.gantt.bench.GanttBench [sizes…]}
 * needs a display (on Linux without one: {@code xvfb-run}, or Monocle on the class path as in the tests).
 */
public final class GanttBench {

    static final LocalDate TODAY = LocalDate.of(2024, 8, 15);
    private static final int SCROLL_STEPS = 120;
    private static final double SCROLL_STEP = 120;

    private GanttBench() {
    }

    /** Medians in milliseconds. */
    public record Figures(int items, int rows, double buildRows, double firstPaint, double scrollStep,
                          double scrollFrame, double zoomChange) {

        public List<String> lines() {
            String size = String.valueOf(items);
            return List.of(
                    line("build-rows." + size, buildRows),
                    line("first-paint." + size, firstPaint),
                    line("scroll-step." + size, scrollStep),
                    line("scroll-frame." + size, scrollFrame),
                    line("zoom-change." + size, zoomChange));
        }

        private static String line(String name, double ms) {
            return String.format(Locale.ROOT, "BENCH gantt.%s %.2f ms", name, ms);
        }
    }

    /** Measures one programme size; starts JavaFX if it is not running. Call from any thread but the FX thread. */
    public static Figures measure(int items) throws Exception {
        startJavaFx();
        WorkList list = SyntheticProgramme.workList(items, 42);
        QuarterFactsSource facts = SyntheticProgramme.facts(2024, TODAY);
        double[] build = new double[5];
        List<GanttRow> rows = List.of();
        for (int i = 0; i < build.length; i++) {
            long start = System.nanoTime();
            List<GanttItem> built = GanttItems.of(list, facts);
            rows = GanttRows.group(built);
            build[i] = millis(start);
        }
        List<GanttRow> chartRows = rows;
        FutureTask<Figures> onFx = new FutureTask<>(() -> {
            double[] first = new double[5];
            Stage stage = new Stage();
            GanttView view = null;
            for (int i = 0; i < first.length; i++) {
                view = new GanttView();
                view.setToday(TODAY);
                stage.setScene(new Scene(view, 1260, 780));
                stage.show();
                long start = System.nanoTime();
                view.setRows(chartRows);
                view.applyCss();
                view.layout();
                first[i] = millis(start);
            }
            view.scrollToYear(2024);
            view.layout();
            double[] scroll = new double[SCROLL_STEPS];
            double step = SCROLL_STEP;
            for (int i = 0; i < scroll.length; i++) {
                double before = view.getScrollY();
                long start = System.nanoTime();
                view.setScrollY(before + step);
                view.layout();
                scroll[i] = millis(start);
                step = bounce(view, step, before);
            }
            // The same with the canvas rasterised (software pipeline) and read back, as a frame's upper bound.
            double[] frames = new double[SCROLL_STEPS / 4];
            for (int i = 0; i < frames.length; i++) {
                double before = view.getScrollY();
                long start = System.nanoTime();
                view.setScrollY(before + step);
                view.layout();
                view.snapshot(null, null);
                frames[i] = millis(start);
                step = bounce(view, step, before);
            }
            double[] zoom = new double[6];
            double[] levels = {5, 1, 2.5, 1, 5, 1};
            for (int i = 0; i < zoom.length; i++) {
                long start = System.nanoTime();
                view.setZoom(levels[i]);
                view.layout();
                zoom[i] = millis(start);
            }
            stage.close();
            return new Figures(items, chartRows.size(), median(build),
                    median(first), median(scroll), median(frames), median(zoom));
        });
        Platform.runLater(onFx);
        return onFx.get(5, TimeUnit.MINUTES);
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) {
            sizes.add(Integer.parseInt(arg));
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(100, 1_000, 10_000));
        }
        measure(1_000); // warm up the JIT and the caches
        for (int size : sizes) {
            Figures figures = measure(size);
            figures.lines().forEach(System.out::println);
        }
        Platform.exit();
    }

    private static void startJavaFx() throws InterruptedException {
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null && monocle()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
            // Started here, for this run alone: closing the bench's window must not end JavaFX between sizes.
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        FutureTask<Void> theme = new FutureTask<>(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            return null;
        });
        Platform.runLater(theme);
        try {
            theme.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Turns at either end (where the view held the offset back), so that every step shows other rows. */
    private static double bounce(GanttView view, double step, double before) {
        boolean stuck = view.getScrollY() != before + step;
        return stuck ? -step : step;
    }

    private static boolean monocle() {
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
