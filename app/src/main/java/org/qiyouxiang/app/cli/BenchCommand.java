package org.qiyouxiang.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qiyouxiang.app.Launcher;
import org.qiyouxiang.app.bench.Figure;
import org.qiyouxiang.app.bench.ImportBench;
import org.qiyouxiang.app.bench.StartupBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench [startup|import|all] [--runs K]}: figures beside their baselines, one line each. */
@Command(name = "bench", resourceBundle = "org.qiyouxiang.app.cli", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "WHAT", defaultValue = "all", descriptionKey = "bench.what")
    String what;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "K", descriptionKey = "bench.runs")
    int runs;

    @Option(names = "--items", defaultValue = "1000", paramLabel = "N", descriptionKey = "bench.items")
    int items;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("qiyouxiang-bench");
        List<Figure> figures = new ArrayList<>();
        if (wants("import")) {
            figures.addAll(print(out, new ImportBench(work.resolve("import")).run(runs)));
        }
        if (wants("startup")) {
            figures.addAll(print(out, new StartupBench(appJar(), work.resolve("startup")).run(runs)));
        }
        if (figures.isEmpty()) {
            throw new BadInputException(spec.commandLine().getUsageMessage());
        }
        return ExitCodes.OK;
    }

    private boolean wants(String part) {
        return what.equals("all") || what.equals(part);
    }

    private static List<Figure> print(PrintWriter out, List<Figure> figures) {
        figures.forEach(f -> out.println(f.line()));
        out.flush();
        return figures;
    }

    private static Path appJar() throws Exception {
        return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
