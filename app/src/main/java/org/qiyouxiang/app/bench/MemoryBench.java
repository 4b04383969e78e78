package org.qiyouxiang.app.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.qiyouxiang.app.ui.bench.BareWindow;
import org.qiyouxiang.app.ui.bench.FrameMarkers;

/**
 * Memory with the main views open: the app started on a data folder of a large generated programme, every
 * tab opened once, then the used heap (after a collection) and the resident memory; the bare JavaFX window's
 * resident memory beside it. Each is the median of as many starts as the other figures' runs: the resident
 * memory moves by several MB between starts with the same heap (the C library's allocation arenas).
 */
public final class MemoryBench {

    private final Path appJar;

    public MemoryBench(Path appJar) {
        this.appJar = appJar;
    }

    public List<Figure> run(Path dataFolder, int items, int runs) throws Exception {
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name", "").startsWith("Windows")) {
            return List.of(Figure.skipped("memory", "no display: run under Xvfb, e.g. xvfb-run -a"));
        }
        List<Double> heap = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        List<Double> bareRss = new ArrayList<>();
        for (int i = 0; i < Math.max(1, runs); i++) {
            long[] app = memory(List.of("-Dqiyouxiang.benchMemory=true", "-jar", appJar.toString(), "--data",
                    dataFolder.toString(), "--exit-when-loaded"));
            long[] bare = memory(List.of("-cp", appJar.toString(), BareWindow.Main.class.getName()));
            heap.add((double) app[0]);
            rss.add((double) app[1]);
            bareRss.add((double) bare[1]);
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("memory.heap." + items + "-items", Measure.median(heap), "MB"));
        if (Measure.median(rss) < 0) {
            figures.add(Figure.skipped("memory.rss." + items + "-items", "resident memory is read from /proc (Linux)"));
        } else {
            figures.add(Figure.against("memory.rss." + items + "-items", Measure.median(rss), Measure.median(bareRss),
                    "MB"));
        }
        return figures;
    }

    /** {heap, rss} in MB as the child printed them. */
    private long[] memory(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dfile.encoding=UTF-8", "-Dqiyouxiang.benchMarkers=true"));
        // As the installed app runs (installer/src/main/jpackage/app-image.args).
        command.addAll(ShippedJvm.OPTIONS);
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long[] found = {-1, -1};
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(FrameMarkers.PREFIX + FrameMarkers.MEMORY)) {
                    for (String part : line.split(" ")) {
                        if (part.startsWith("heap=")) {
                            found[0] = Long.parseLong(part.substring(5));
                        } else if (part.startsWith("rss=")) {
                            found[1] = Long.parseLong(part.substring(4));
                        }
                    }
                }
            }
        }
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return found;
    }
}
