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
 * Given an installed app's launcher, the same is measured for it as the clerk starts it: with the JVM options and
 * class-data archive of its package.
 */
public final class MemoryBench {

    private final Path appJar;

    public MemoryBench(Path appJar) {
        this.appJar = appJar;
    }

    /** The app from its jar, with the installed app's JVM options; with a launcher, that installed app too. */
    public List<Figure> run(Path dataFolder, int items, int runs, Path launcher) throws Exception {
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name", "").startsWith("Windows")) {
            return List.of(Figure.skipped("memory", "no display: run under Xvfb, e.g. xvfb-run -a"));
        }
        List<Double> heap = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        List<Double> bareRss = new ArrayList<>();
        List<Double> installedHeap = new ArrayList<>();
        List<Double> installedRss = new ArrayList<>();
        List<String> appArgs = List.of("--data", dataFolder.toString(), "--exit-when-loaded");
        for (int i = 0; i < Math.max(1, runs); i++) {
            List<String> fromJar = new ArrayList<>(List.of("-jar", appJar.toString()));
            fromJar.addAll(appArgs);
            long[] app = memory(java(fromJar));
            long[] bare = memory(java(List.of("-cp", appJar.toString(), BareWindow.Main.class.getName())));
            heap.add((double) app[0]);
            rss.add((double) app[1]);
            bareRss.add((double) bare[1]);
            if (launcher != null) {
                List<String> installed = new ArrayList<>(List.of(launcher.toString()));
                installed.addAll(appArgs);
                long[] measured = memory(installed);
                installedHeap.add((double) measured[0]);
                installedRss.add((double) measured[1]);
            }
        }
        List<Figure> figures = new ArrayList<>(figures("memory", items, heap, rss, bareRss));
        if (launcher != null) {
            figures.addAll(figures("memory.installed", items, installedHeap, installedRss, bareRss));
        }
        return figures;
    }

    private static List<Figure> figures(String name, int items, List<Double> heap, List<Double> rss,
            List<Double> bareRss) {
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of(name + ".heap." + items + "-items", Measure.median(heap), "MB"));
        if (Measure.median(rss) < 0) {
            figures.add(Figure.skipped(name + ".rss." + items + "-items", "resident memory is read from /proc (Linux)"));
        } else {
            figures.add(Figure.against(name + ".rss." + items + "-items", Measure.median(rss), Measure.median(bareRss),
                    "MB"));
        }
        return figures;
    }

    /** A JVM as the installed app runs (installer/src/main/jpackage/app-image.args), without its archive. */
    private static List<String> java(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dfile.encoding=UTF-8"));
        command.addAll(ShippedJvm.OPTIONS);
        command.addAll(args);
        return command;
    }

    /**
     * {heap, rss} in MB as the child printed them. The bench's own properties go in JAVA_TOOL_OPTIONS, which
     * a JVM started by the installed app's launcher reads too.
     */
    private static long[] memory(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Dqiyouxiang.benchMarkers=true -Dqiyouxiang.benchMemory=true");
        Process process = builder.start();
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
