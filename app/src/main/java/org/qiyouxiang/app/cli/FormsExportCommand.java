package org.qiyouxiang.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.service.GeneratedForm;
import org.qiyouxiang.app.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    QuarterOptions period;

    @Option(names = "--dir", required = true, paramLabel = "DIR", descriptionKey = "export.forms.dir")
    Path dir;

    @Override
    public Integer call() throws Exception {
        int year = period.year;
        int quarter = period.quarter;
        try (Workspace workspace = period.open(export.root)) {
            List<GeneratedForm> forms = workspace.forms().generate(year, quarter, dir);
            forms.forEach(f -> spec.commandLine().getOut().println(f.file().getFileName()));
            spec.commandLine().getOut().println(Messages.get("cli.export.formsDone", String.valueOf(year),
                    Quarters.label(quarter), forms.size(), dir.toAbsolutePath()));
        }
        return ExitCodes.OK;
    }
}
