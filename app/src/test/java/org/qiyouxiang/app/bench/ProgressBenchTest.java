package org.qiyouxiang.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark still runs end to end (on a small programme); its numbers are not checked. */
class ProgressBenchTest {

    @TempDir
    Path folder;

    @Test
    void printsOneMedianPerMeasurement() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new ProgressBench(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2).run(300, folder);

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.lines().filter(l -> l.startsWith("BENCH ") && !l.contains("_first "))
                .map(l -> l.split(" ")[1]))
                .containsExactly("generate_300", "store_300", "load_year", "build_search_index", "switch_quarter",
                        "filter_lagging", "filter_unit_status", "filter_counts", "switch_quarter_filter_count",
                        "search_wjj", "search_tuoyu", "search_托育", "search_县卫生健康局", "search_累计开展", "search_zjqk",
                        "search_dd", "search_then_filter", "save_cell_with_checkpoint", "paste_50_cells",
                        "table.switch_quarter", "table.filter_lagging", "table.search");
        assertThat(out.lines().filter(l -> l.startsWith("BENCH ")))
                .allSatisfy(l -> assertThat(l).matches("BENCH \\S+ \\d+\\.\\d ms"));
    }
}
