package org.qiyouxiang.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.qiyouxiang.app.Launcher;
import org.qiyouxiang.app.bench.BackupBench;
import org.qiyouxiang.app.bench.Figure;
import org.qiyouxiang.app.bench.ImportBench;
import org.qiyouxiang.app.bench.MemoryBench;
import org.qiyouxiang.app.bench.ProgressBench;
import org.qiyouxiang.app.bench.ReportBench;
import org.qiyouxiang.app.bench.StartupBench;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.ui.gantt.bench.GanttBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench [startup|import|table|gantt|export|backup|memory|all] [--items N] [--runs K]}: one line per figure,
 * {@code BENCH <name> <median> <unit> [baseline <median> <unit>] [ratio <x>]}, at 100, 1,000 and 10,000
 * items unless {@code --items} names one size. Data is generated in a folder of its own, never the clerk's.
 */
@Command(name = "bench", resourceBundle = "org.qiyouxiang.app.cli", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    private static final Set<String> PARTS = Set.of("startup", "import", "table", "gantt", "export", "backup", "memory",
            "all");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "WHAT", defaultValue = "all", descriptionKey = "bench.what")
    String what;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "K", descriptionKey = "bench.runs")
    int runs;

    @Option(names = "--items", paramLabel = "N", descriptionKey = "bench.items")
    Integer items;

    @Option(names = "--launcher", paramLabel = "FILE", descriptionKey = "bench.launcher")
    Path launcher;

    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        if (!PARTS.contains(what)) {
            throw new BadInputException(spec.commandLine().getUsageMessage());
        }
        if (launcher != null && !Files.isExecutable(launcher)) {
            throw new BadInputException(Messages.get("cli.bench.noLauncher", launcher.toAbsolutePath().toString()));
        }
        out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("qiyouxiang-bench");
        List<Integer> sizes = items != null ? List.of(items) : List.of(100, 1_000, 10_000);
        if (wants("startup")) {
            print(new StartupBench(appJar(), work.resolve("startup")).run(runs));
        }
        if (wants("import")) {
            print(new ImportBench(work.resolve("import")).run(runs));
        }
        for (int size : sizes) {
            if (wants("table")) {
                table(size, work.resolve("table").resolve("items-" + size));
            }
            if (wants("gantt")) {
                gantt(size);
            }
            if (wants("export")) {
                print(ReportBench.run(size, runs, work.resolve("export").resolve("items-" + size)));
            }
            if (wants("backup")) {
                // The export's generated programme when it ran, else generated here.
                print(BackupBench.run(size, runs, work.resolve("export").resolve("items-" + size)));
            }
        }
        if (wants("memory")) {
            int largest = Collections.max(sizes);
            Path data = work.resolve("table").resolve("items-" + largest);
            if (!Files.isDirectory(data)) {
                new ProgressBench(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 1)
                        .run(largest, data);
            }
            print(new MemoryBench(appJar()).run(data, largest, runs, launcher));
        }
        return ExitCodes.OK;
    }

    /** The progress table's figures, named with the size: {@code BENCH table.switch_quarter.10000 20.1 ms}. */
    private void table(int size, Path folder) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        new ProgressBench(new PrintStream(captured, true, StandardCharsets.UTF_8), runs).run(size, folder);
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.strip().split(" ", 3);
            if (parts.length == 3 && parts[0].equals("BENCH") && !parts[1].endsWith("_first")) {
                String name = parts[1].startsWith("table.") ? parts[1] : "table.data." + parts[1];
                out.println("BENCH " + name + "." + size + " " + parts[2]);
            }
        }
        out.flush();
    }

    private void gantt(int size) throws Exception {
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name", "").startsWith("Windows")) {
            print(List.of(Figure.skipped("gantt." + size, "no display: run under Xvfb, e.g. xvfb-run -a")));
            return;
        }
        GanttBench.measure(Math.min(size, 1_000));
        GanttBench.measure(size).lines().forEach(out::println);
        out.flush();
    }

    private boolean wants(String part) {
        return what.equals("all") || what.equals(part);
    }

    private void print(List<Figure> figures) {
        figures.forEach(f -> out.println(f.line()));
        out.flush();
    }

    private static Path appJar() throws Exception {
        return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
