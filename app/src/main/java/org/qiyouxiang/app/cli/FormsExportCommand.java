package org.qiyouxiang.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.service.GeneratedForm;
import org.qiyouxiang.app.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export forms --year Y --quarter Q --dir DIR}: one fill-in form per lead unit. */
@Command(name = "forms", resourceBundle = "org.qiyouxiang.app.cli", mixinStandardHelpOptions = true)
final class FormsExportCommand implements Callable<Integer> {

    @ParentCommand
    ExportCommand export;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "export.year")
    int year;

    @Option(names = "--quarter", required = true, paramLabel = "Q", descriptionKey = "export.quarter")
    int quarter;

    @Option(names = "--dir", required = true, paramLabel = "DIR", descriptionKey = "export.forms.dir")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (quarter < 1 || quarter > 4) {
            throw new BadInputException(Messages.get("cli.error.quarter", quarter));
        }
        try (Workspace workspace = Workspace.open(export.root.dataFolder())) {
            if (workspace.workLists().workList(year).isEmpty()) {
                throw new BadInputException(Messages.get("export.error.noYear", String.valueOf(year)));
            }
            List<GeneratedForm> forms = workspace.forms().generate(year, quarter, dir);
            forms.forEach(f -> spec.commandLine().getOut().println(f.file().getFileName()));
            spec.commandLine().getOut().println(Messages.get("cli.export.formsDone", String.valueOf(year),
                    Quarters.label(quarter), forms.size(), dir.toAbsolutePath()));
        }
        return ExitCodes.OK;
    }
}
