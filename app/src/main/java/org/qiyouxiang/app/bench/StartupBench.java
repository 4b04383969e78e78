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
 * tree and 总览's figures are filled. Three ways: the JVM's defaults (as {@code java -jar}), with a CDS
 * archive, and as installed ({@link ShippedJvm}'s options and an archive recorded with them).
 */
public final class StartupBench {

    /** After a marker's name: the process's CPU time at that marker. */
    private static final String CPU_SUFFIX = ".cpu";

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
        child(List.of(), List.of("-jar", appJar.toString(), "--data", data.toString(), "--sample",
                "--exit-when-loaded"));
        List<Figure> figures = new ArrayList<>(measure("startup", List.of(), data, runs));
        // Class-data sharing as the packaged app uses it: one training run records the archive, then both the
        // bare window and the app start from it (the same JVM flags for both).
        Path archive = workFolder.resolve("app.jsa");
        Files.deleteIfExists(archive);
        child(List.of("-XX:ArchiveClassesAtExit=" + archive), List.of("-jar", appJar.toString(), "--data",
                data.toString(), "--exit-when-loaded"));
        if (Files.isRegularFile(archive)) {
            figures.addAll(measure("startup.cds", List.of("-XX:SharedArchiveFile=" + archive), data, runs));
        } else {
            figures.add(Figure.skipped("startup.cds", "the JVM wrote no class-data archive"));
        }
        // As the installed app starts: its JVM options and an archive recorded with them.
        Path shippedArchive = workFolder.resolve("shipped.jsa");
        Files.deleteIfExists(shippedArchive);
        List<String> shipped = new ArrayList<>(ShippedJvm.OPTIONS);
        child(with(shipped, "-XX:ArchiveClassesAtExit=" + shippedArchive), List.of("-jar", appJar.toString(),
                "--data", data.toString(), "--exit-when-loaded"));
        if (Files.isRegularFile(shippedArchive)) {
            figures.addAll(measure("startup.shipped", with(shipped, "-XX:SharedArchiveFile=" + shippedArchive),
                    data, runs));
        } else {
            figures.add(Figure.skipped("startup.shipped", "the JVM wrote no class-data archive"));
        }
        return figures;
    }

    private static List<String> with(List<String> options, String option) {
        List<String> all = new ArrayList<>(options);
        all.add(option);
        return all;
    }

    private List<Figure> measure(String name, List<String> jvm, Path data, int runs) throws Exception {
        List<Double> bare = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        List<Double> filled = new ArrayList<>();
        List<Double> bareCpu = new ArrayList<>();
        List<Double> filledCpu = new ArrayList<>();
        List<String> bareWindow = List.of("-cp", appJar.toString(), BareWindow.Main.class.getName());
        child(jvm, bareWindow);
        for (int i = 0; i < runs; i++) {
            Map<String, Double> bareMarks = child(jvm, bareWindow);
            bare.add(bareMarks.get(FrameMarkers.FIRST_FRAME));
            Map<String, Double> app = child(jvm, List.of("-jar", appJar.toString(), "--data", data.toString(),
                    "--exit-when-loaded"));
            first.add(app.get(FrameMarkers.FIRST_FRAME));
            filled.add(app.get(FrameMarkers.FILLED_FRAME));
            if (bareMarks.containsKey(FrameMarkers.FIRST_FRAME + CPU_SUFFIX)
                    && app.containsKey(FrameMarkers.FILLED_FRAME + CPU_SUFFIX)) {
                bareCpu.add(bareMarks.get(FrameMarkers.FIRST_FRAME + CPU_SUFFIX));
                filledCpu.add(app.get(FrameMarkers.FILLED_FRAME + CPU_SUFFIX));
            }
        }
        double baseline = Measure.median(bare);
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.against(name + ".first-frame", Measure.median(first), baseline, "ms"),
                Figure.against(name + ".filled-frame", Measure.median(filled), baseline, "ms")));
        // The CPU time every thread of the process used until that frame: what the start costs the machine,
        // whatever runs in parallel (on two cores the filled frame cannot come before half of it).
        if (filledCpu.size() == runs) {
            figures.add(Figure.against(name + ".cpu-to-filled-frame", Measure.median(filledCpu),
                    Measure.median(bareCpu), "ms"));
        }
        return figures;
    }

    /** Starts a JVM and returns, per marker it printed, the milliseconds from process start. */
    private Map<String, Double> child(List<String> jvm, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
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
                    String[] parts = line.substring(FrameMarkers.PREFIX.length()).strip().split(" ");
                    marks.put(parts[0], (System.nanoTime() - start) / 1e6);
                    for (String part : parts) {
                        if (part.startsWith(FrameMarkers.CPU)) {
                            double cpu = Double.parseDouble(part.substring(FrameMarkers.CPU.length()));
                            marks.put(parts[0] + CPU_SUFFIX, cpu);
                        }
                    }
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("start-up child did not exit: " + command);
        }
        if (!marks.containsKey(FrameMarkers.FIRST_FRAME) && !jvm.stream().anyMatch(o -> o.contains("AtExit"))) {
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
