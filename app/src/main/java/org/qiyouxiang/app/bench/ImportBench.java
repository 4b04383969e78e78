package org.qiyouxiang.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.qiyouxiang.app.service.SampleData;
import org.qiyouxiang.app.service.Workspace;

/**
 * Import of the 91-item sample work list (read, preview, store, forced to disk), against LibreOffice
 * Calc opening the same file headless where it is installed.
 */
public final class ImportBench {

    private final Path workFolder;

    public ImportBench(Path workFolder) {
        this.workFolder = workFolder;
    }

    public List<Figure> run(int runs) throws Exception {
        Path sample = SampleData.extract(SampleData.WORK_LIST, workFolder.resolve("sample"));
        double ours;
        try (Workspace workspace = Workspace.open(workFolder.resolve("import-data"))) {
            ours = Measure.medianMillis(1, runs, () -> workspace.imports()
                    .store(workspace.imports().preview(sample, OptionalInt.empty()), true));
        }
        String soffice = findOnPath("soffice");
        if (soffice == null) {
            return List.of(Figure.of("import.sample-91-items", ours, "ms"),
                    Figure.skipped("import.libreoffice-baseline", "soffice not installed"));
        }
        double libreOffice = Measure.medianMillis(1, runs, () -> convert(soffice, sample));
        return List.of(Figure.against("import.sample-91-items", ours, libreOffice, "ms"));
    }

    private void convert(String soffice, Path sample) throws Exception {
        Path out = workFolder.resolve("soffice-out");
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + workFolder.resolve("soffice-profile").toUri(),
                "--convert-to", "csv", "--outdir", out.toString(), sample.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workFolder.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish");
        }
    }

    static String findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            for (String name : List.of(program, program + ".exe", program + ".com")) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }
}
