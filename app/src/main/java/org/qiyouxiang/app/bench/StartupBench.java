package org.qiyouxiang.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.qiyouxiang.app.ui.bench.BareWindow;
import org.qiyouxiang.app.ui.bench.FrameMarkers;

/**
 * Start-up, process start to frame: a bare JavaFX window against the app on the sample data, each a
 * separate JVM with the same flags. The app reports its first frame and the frame where the sample's
 * tree is filled.
 */
public final class StartupBench {

    private final Path appJar;
    private final Path workFolder;

    public StartupBench(Path appJar, Path workFolder) {
        this.appJar = appJar;
        this.workFolder = workFolder;
    }

    public List<Figure> run(int runs) throws Exception {
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name", "").startsWith("Windows")) {
            return List.of(Figure.skipped("startup", "no display: run under Xvfb, e.g. xvfb-run -a"));
        }
        Path data = workFolder.resolve("startup-data");
        // The first start imports the sample; the measured starts open existing data, as the clerk's do.
        child(List.of("-jar", appJar.toString(), "--data", data.toString(), "--sample", "--exit-when-loaded"));
        List<Double> bare = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        List<Double> filled = new ArrayList<>();
        child(List.of("-cp", appJar.toString(), BareWindow.Main.class.getName()));
        for (int i = 0; i < runs; i++) {
            bare.add(child(List.of("-cp", appJar.toString(), BareWindow.Main.class.getName()))
                    .get(FrameMarkers.FIRST_FRAME));
            Map<String, Double> app = child(List.of("-jar", appJar.toString(), "--data", data.toString(),
                    "--exit-when-loaded"));
            first.add(app.get(FrameMarkers.FIRST_FRAME));
            filled.add(app.get(FrameMarkers.FILLED_FRAME));
        }
        double baseline = Measure.median(bare);
        return List.of(
                Figure.against("startup.first-frame", Measure.median(first), baseline, "ms"),
                Figure.against("startup.filled-frame", Measure.median(filled), baseline, "ms"));
    }

    /** Starts a JVM and returns, per marker it printed, the milliseconds from process start. */
    private Map<String, Double> child(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dqiyouxiang.benchMarkers=true");
        passOn(command, "prism.order");
        passOn(command, "glass.platform");
        passOn(command, "monocle.platform");
        command.addAll(args);
        Files.createDirectories(workFolder);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(workFolder.resolve("child.log").toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        Map<String, Double> marks = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(FrameMarkers.PREFIX)) {
                    marks.put(line.substring(FrameMarkers.PREFIX.length()).strip(), (System.nanoTime() - start) / 1e6);
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("start-up child did not exit: " + command);
        }
        if (!marks.containsKey(FrameMarkers.FIRST_FRAME)) {
            throw new IllegalStateException("start-up child printed no frame marker (see "
                    + workFolder.resolve("child.log") + "): " + command);
        }
        return marks;
    }

    private static void passOn(List<String> command, String property) {
        String value = System.getProperty(property);
        if (value != null) {
            command.add("-D" + property + "=" + value);
        }
    }
}
