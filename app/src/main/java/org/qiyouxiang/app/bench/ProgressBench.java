package org.qiyouxiang.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.qiyouxiang.app.core.progress.Change;
import org.qiyouxiang.app.core.progress.ChangeSet;
import org.qiyouxiang.app.core.progress.ItemFilter;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.core.search.SearchIndex;
import org.qiyouxiang.app.service.ProgrammeGenerator;
import org.qiyouxiang.app.service.ProgressService;
import org.qiyouxiang.app.service.SaveRefusedException;
import org.qiyouxiang.app.service.WorkListService;
import org.qiyouxiang.app.ui.main.MainViewModel;
import org.qiyouxiang.app.ui.progress.ProgressViewModel;
import org.qiyouxiang.app.ui.task.SameThreadTaskRunner;
import org.qiyouxiang.db.Database;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.WorkList;

/**
 * Measures the progress table at scale: a generated programme of N items (default 10,000) is stored,
 * loaded, its rows recomputed per quarter, filtered and searched, and cells saved; then the progress tab's
 * view model does the same as the window drives it ({@code table.*}). Prints one line per measurement,
 * {@code BENCH <name> <median> ms}. Not a test: numbers depend on the machine.
 *
 * Each measurement runs {@code runs} times after three warm-up runs; the first (cold, as the clerk's first
 * click after loading) is printed too, as {@code <name>_first}.
 *
 * <p>{@code java -cp … org.qiyouxiang.app.bench.ProgressBench [items] [runs] [data folder]}: with a data
 * folder that already holds the generated year, generating and storing are skipped.
 */
public final class ProgressBench {

    private static final int YEAR = 2024;
    private static final LocalDate TODAY = LocalDate.of(2024, 8, 15);
    private static final int WARM_UP = 3;

    private final PrintStream out;
    private final int runs;

    public ProgressBench(PrintStream out, int runs) {
        this.out = out;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path folder = args.length > 2 ? Path.of(args[2]) : temporaryFolder();
        new ProgressBench(System.out, runs).run(items, folder);
    }

    public void run(int itemCount, Path folder) throws SaveRefusedException {
        try (Database database = Database.open(folder)) {
            if (!new WorkListService(database).years().stream().anyMatch(y -> y.year() == YEAR)) {
                ProgrammeGenerator generator = new ProgrammeGenerator(YEAR, 20240815L);
                WorkList list = once("generate_" + itemCount, () -> generator.workList(itemCount));
                once("store_" + itemCount, () -> ProgrammeGenerator.store(database, list, generator, TODAY));
            }
            ProgressService service = new ProgressService(database,
                    Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()), "bench");

            ProgressBook book = median("load_year", () -> service.load(YEAR).orElseThrow());
            SearchIndex index = median("build_search_index", () -> SearchIndex.of(book));
            int[] quarter = {0};
            median("switch_quarter", () -> book.rows(quarter[0]++ % 4 + 1, TODAY));
            List<QuarterRow> rows = book.rows(3, TODAY);
            ItemFilter lagging = ItemFilter.ALL.withOnlyLagging(true);
            ItemFilter unitAndStatus = ItemFilter.ALL.withLeadUnit("县卫健局").withStatus(Status.ON_TRACK);
            median("filter_lagging", () -> lagging.apply(rows));
            median("filter_unit_status", () -> unitAndStatus.apply(rows));
            median("filter_counts", () -> ItemFilter.count(rows));
            median("switch_quarter_filter_count", () -> ItemFilter.count(lagging.apply(book.rows(2, TODAY))));
            for (String query : List.of("wjj", "tuoyu", "托育", "县卫生健康局", "累计开展", "zjqk", "dd")) {
                median("search_" + query, () -> index.search(query));
            }
            median("search_then_filter", () -> ItemFilter.ALL.withItemIds(index.itemIds("wjj")).apply(rows));
            saveCells(service, book);
            out.printf("BENCH_INFO items=%d rows=%d lagging=%d wjj_hits=%d index_texts=%d distinct_texts=%d%n",
                    book.items().size(), rows.size(), lagging.apply(rows).size(), index.search("wjj").size(),
                    index.size(), index.distinctTexts());
        }
        table(folder);
    }

    /**
     * The progress tab's view model over the same data, as the window drives it: what a quarter switch,
     * a filter or a search costs before the table draws (rows, area headings, counts, highlights). The
     * table itself is virtualised: it draws the visible rows only, whatever the item count.
     */
    private void table(Path folder) {
        Unattended clerk = new Unattended();
        MainViewModel main = new MainViewModel(folder, new SameThreadTaskRunner(), clerk);
        try {
            ProgressViewModel table = new ProgressViewModel(main, clerk);
            main.start(false, () -> { });
            int[] quarter = {0};
            median("table.switch_quarter", () -> {
                table.quarterProperty().set(quarter[0]++ % 4 + 1);
                return table.entries().size();
            });
            table.quarterProperty().set(3);
            boolean[] on = {false};
            median("table.filter_lagging", () -> {
                on[0] = !on[0];
                table.filters().onlyLaggingProperty().set(on[0]);
                return table.entries().size();
            });
            table.filters().onlyLaggingProperty().set(false);
            String[] queries = {"wjj", "tuoyu"};
            int[] n = {0};
            median("table.search", () -> {
                table.filters().searchProperty().set(queries[n[0]++ % 2]);
                return table.entries().size();
            });
        } finally {
            main.close();
        }
    }

    private void saveCells(ProgressService service, ProgressBook book) throws SaveRefusedException {
        long[] times = new long[runs];
        // A run on a kept data folder must still change every cell: a save that changes nothing writes nothing.
        String stamp = " " + System.currentTimeMillis();
        for (int r = 0; r < runs; r++) {
            long id = book.items().get(r % book.items().size()).id();
            Change change = Change.of(book.progress(id, 3), ProgressField.PROBLEMS,
                    "基准测试 " + r + stamp);
            long start = System.nanoTime();
            book.put(service.save(change));
            times[r] = System.nanoTime() - start;
        }
        print("save_cell_with_checkpoint", times);
        for (int r = 0; r < runs; r++) {
            List<Change> block = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                // Distinct items per paste, wrapping round a small programme.
                long id = book.items().get((100 + r * 50 + i) % book.items().size()).id();
                block.add(Change.of(book.progress(id, 3), ProgressField.NEXT_STEPS,
                        "粘贴 " + r + "-" + i + stamp));
            }
            long start = System.nanoTime();
            service.apply(ChangeSet.paste(block)).forEach(book::put);
            times[r] = System.nanoTime() - start;
        }
        print("paste_50_cells", times);
    }

    private <T> T once(String name, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        out.printf("BENCH %s %.1f ms%n", name, (System.nanoTime() - start) / 1e6);
        return result;
    }

    private <T> T median(String name, Supplier<T> work) {
        long[] times = new long[runs];
        T result = null;
        for (int r = -WARM_UP; r < runs; r++) {
            long start = System.nanoTime();
            result = work.get();
            long took = System.nanoTime() - start;
            if (r == -WARM_UP) {
                out.printf("BENCH %s_first %.1f ms%n", name, took / 1e6);
            }
            if (r >= 0) {
                times[r] = took;
            }
        }
        print(name, times);
        return result;
    }

    private void print(String name, long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        out.printf("BENCH %s %.1f ms%n", name, sorted[sorted.length / 2] / 1e6);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("qiyouxiang-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
