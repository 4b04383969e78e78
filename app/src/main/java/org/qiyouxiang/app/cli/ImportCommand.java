package org.qiyouxiang.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Place;
import org.qiyouxiang.app.service.AlreadyStoredException;
import org.qiyouxiang.app.service.IndicatorImportService;
import org.qiyouxiang.app.service.PendingImport;
import org.qiyouxiang.app.service.WorkListImportService;
import org.qiyouxiang.app.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import [--yes] [--year Y] FILE...}: work lists, five-year tables and key-indicator tables, told
 * apart by their headers, mixed in one command. Every file is read before anything is stored.
 */
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
            WorkListImportService workLists = workspace.imports();
            IndicatorImportService indicators = workspace.indicatorImports();
            OptionalInt chosenYear = year == null ? OptionalInt.empty() : OptionalInt.of(year);
            List<PendingImport> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(PendingImport.read(file, chosenYear, workLists, indicators));
            }
            checkBeforeStoring(pending);
            pending.sort(PendingImport.STORE_ORDER);
            for (PendingImport file : pending) {
                file.warnings().forEach(w -> out.println(Messages.get("cli.warning", w.describe())));
                out.println(store(file));
            }
        }
        return ExitCodes.OK;
    }

    private String store(PendingImport file) throws BadInputException {
        try {
            return file.store(replace);
        } catch (AlreadyStoredException e) {
            throw new BadInputException(existsMessage(file));
        }
    }

    /** The refusal to replace without --yes. */
    private static String existsMessage(PendingImport file) {
        return switch (file.kind()) {
            case WORK_LIST -> Messages.get("cli.import.yearExists", String.valueOf(file.year()));
            case FIVE_YEAR_TARGETS -> Messages.get("cli.import.fiveYearExists");
            case KEY_INDICATORS -> Messages.get("cli.import.keyExists", String.valueOf(file.year()));
        };
    }

    /** Refuses, before anything is stored, to replace without --yes or to take the same table twice. */
    private void checkBeforeStoring(List<PendingImport> pending) throws BadInputException {
        Map<String, PendingImport> seen = new HashMap<>();
        for (PendingImport file : pending) {
            if (file.exists() && !replace) {
                throw new BadInputException(existsMessage(file));
            }
            PendingImport same = seen.putIfAbsent(file.kind() + "/" + file.year(), file);
            if (same != null) {
                String table = Messages.get("table." + file.kind().name())
                        + (file.year() == null ? "" : " " + file.year());
                throw new BadInputException(Messages.get("cli.import.sameTableTwice",
                        same.file().getFileName(), file.file().getFileName(), table));
            }
        }
    }
}
