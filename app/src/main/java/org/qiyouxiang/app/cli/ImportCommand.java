package org.qiyouxiang.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Place;
import org.qiyouxiang.app.service.ImportPreview;
import org.qiyouxiang.app.service.ImportResult;
import org.qiyouxiang.app.service.WorkListImportService;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.app.service.YearExistsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import [--yes] [--year Y] FILE...}: every file is read before anything is stored. */
@Command(name = "import", resourceBundle = "org.qiyouxiang.app.cli", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"--yes", "-y"}, descriptionKey = "import.yes")
    boolean replace;

    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "import.year")
    Integer year;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "import.files")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(Place.file(file.toString()), Messages.get("import.error.noFile"));
            }
        }
        try (Workspace workspace = root.openWorkspace()) {
            WorkListImportService service = workspace.imports();
            List<ImportPreview> previews = new ArrayList<>();
            for (Path file : files) {
                previews.add(service.preview(file, year == null ? OptionalInt.empty() : OptionalInt.of(year)));
            }
            for (ImportPreview preview : previews) {
                if (preview.yearExists() && !replace) {
                    throw new BadInputException(Messages.get("cli.import.yearExists", String.valueOf(preview.year())));
                }
            }
            for (ImportPreview preview : previews) {
                preview.warnings().forEach(w -> out.println(Messages.get("cli.warning", w.describe())));
                ImportResult result = store(service, preview);
                out.println(result.summary());
            }
        }
        return ExitCodes.OK;
    }

    private ImportResult store(WorkListImportService service, ImportPreview preview) throws BadInputException {
        try {
            return service.store(preview, replace);
        } catch (YearExistsException e) {
            throw new BadInputException(Messages.get("cli.import.yearExists", String.valueOf(e.year())));
        }
    }
}
