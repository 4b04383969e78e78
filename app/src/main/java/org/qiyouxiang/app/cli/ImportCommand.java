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
import org.qiyouxiang.app.service.CellChange;
import org.qiyouxiang.app.service.FileReturn;
import org.qiyouxiang.app.service.FormReturnBatch;
import org.qiyouxiang.app.service.PendingImport;
import org.qiyouxiang.app.service.SaveRefusedException;
import org.qiyouxiang.app.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import [--yes] [--year Y] [--quarter Q] FILE...}: work lists, five-year tables, key-indicator tables
 * and returned fill-in forms, told apart by their headers, mixed in one command. Every file is read before
 * anything is stored; returned forms are previewed cell by cell and stored together in one transaction.
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

    @Option(names = "--quarter", paramLabel = "Q", descriptionKey = "import.quarter")
    Integer quarter;

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
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new BadInputException(Messages.get("cli.error.quarter", quarter));
        }
        try (Workspace workspace = root.openWorkspace()) {
            OptionalInt chosenYear = year == null ? OptionalInt.empty() : OptionalInt.of(year);
            OptionalInt chosenQuarter = quarter == null ? OptionalInt.empty() : OptionalInt.of(quarter);
            List<PendingImport> pending = new ArrayList<>(PendingImport.readAll(files, chosenYear, chosenQuarter,
                    workspace.imports(), workspace.indicatorImports(), workspace.forms()));
            checkBeforeStoring(pending);
            pending.sort(PendingImport.STORE_ORDER);
            for (PendingImport file : pending) {
                if (file instanceof PendingImport.ReturnedForms forms) {
                    printPreview(out, forms.batch());
                }
                file.warnings().forEach(w -> out.println(Messages.get("cli.warning", w.describe())));
                out.println(store(file));
            }
        }
        return ExitCodes.OK;
    }

    /** Per returned form: its unit and changes, old → new per cell. */
    private static void printPreview(PrintWriter out, FormReturnBatch batch) {
        for (FileReturn file : batch.files()) {
            String name = file.file().getFileName().toString();
            if (file.refused()) {
                out.println(Messages.get("form.preview.refused", name, String.join(" ", file.problems())));
                continue;
            }
            out.println(Messages.get("form.preview.file", name, file.unit() == null ? "" : file.unit(),
                    file.changes().size()));
            for (CellChange change : file.changes()) {
                out.println("  " + Messages.get("form.preview.change", change.rowNumber(), change.itemName(),
                        Messages.get("progress.field." + change.change().field().name()), empty(change.before()),
                        empty(change.after())));
            }
        }
    }

    private static String empty(String text) {
        return text == null || text.isEmpty() ? Messages.get("form.preview.empty") : text;
    }

    private String store(PendingImport file) throws BadInputException {
        if (file instanceof PendingImport.ReturnedForms forms) {
            try {
                return forms.service().store(forms.batch()).summary();
            } catch (SaveRefusedException e) {
                throw new BadInputException(e.getMessage());
            }
        }
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
            case RETURNED_FORM -> "";
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
