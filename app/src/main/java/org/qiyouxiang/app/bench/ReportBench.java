package org.qiyouxiang.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.qiyouxiang.app.core.report.QuarterReport;
import org.qiyouxiang.app.core.report.ReportLayouts;
import org.qiyouxiang.app.core.report.ReportTable;
import org.qiyouxiang.app.excel.BareWorkbookWriter;
import org.qiyouxiang.app.service.ProgrammeGenerator;
import org.qiyouxiang.app.service.WorkListService;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.db.Database;

/**
 * The quarterly report's .xlsx export for a generated programme, beside a bare SXSSF write of the same cells
 * in the same run: {@code BENCH report.xlsx_<items> <median> ms baseline <median> ms ratio <x>}, and the
 * time to assemble the report from the database and the heap the export used at its peak.
 *
 * <p>{@code java -cp … org.qiyouxiang.app.bench.ReportBench [runs] [folder] [items…]} (default 100 1000 10000).
 */
public final class ReportBench {

    private static final int YEAR = 2024;
    private static final LocalDate TODAY = LocalDate.of(2024, 8, 15);
    private static final int WARM_UP = 2;

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("qiyouxiang-report-bench");
        List<Integer> sizes = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        for (int items : sizes.isEmpty() ? List.of(100, 1_000, 10_000) : sizes) {
            run(items, runs, folder.resolve("items-" + items)).forEach(f -> System.out.println(f.line()));
        }
    }

    /** Measures one size; generates and stores the programme first unless {@code folder} already holds it. */
    public static List<Figure> run(int items, int runs, Path folder) throws Exception {
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        try (Database database = Database.open(folder.resolve("data"))) {
            if (new WorkListService(database).workList(YEAR).isEmpty()) {
                ProgrammeGenerator generator = new ProgrammeGenerator(YEAR, 20240815L);
                ProgrammeGenerator.store(database, generator.workList(items), generator, TODAY);
            }
        }
        try (Workspace workspace = Workspace.open(folder.resolve("data"), clock)) {
            QuarterReport[] report = new QuarterReport[1];
            double assemble = Measure.medianMillis(1, Math.max(1, runs / 2),
                    () -> report[0] = workspace.reports().report(YEAR, 2, TODAY).orElseThrow());
            List<ReportTable> tables = ReportLayouts.tables(report[0]);
            Path out = folder.resolve("report.xlsx");
            Path bare = folder.resolve("bare.xlsx");
            List<Double> ours = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            long peak = 0;
            for (int r = -WARM_UP; r < runs; r++) {
                // Alternating, so that a noisy moment of the machine hurts both alike.
                double b = Measure.medianMillis(0, 1, () -> BareWorkbookWriter.write(tables, bare));
                resetPeaks();
                double o = Measure.medianMillis(0, 1, () -> workspace.reports().export(report[0], out));
                peak = Math.max(peak, peakHeap());
                if (r >= 0) {
                    ours.add(o);
                    baseline.add(b);
                }
            }
            return List.of(Figure.against("report.xlsx_" + items, Measure.median(ours), Measure.median(baseline), "ms"),
                    Figure.of("report.assemble_" + items, assemble, "ms"),
                    Figure.of("report.heap_" + items, peak / 1024.0 / 1024.0, "MB"));
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset: at least the heap in use at the export's peak. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
