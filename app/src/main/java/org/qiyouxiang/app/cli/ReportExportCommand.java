package org.qiyouxiang.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.service.ReportExport;
import org.qiyouxiang.app.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export report --year Y --quarter Q --out FILE.xlsx|FILE.pdf}: the quarterly report. */
@Command(name = "report", resourceBundle = "org.qiyouxiang.app.cli", mixinStandardHelpOptions = true)
final class ReportExportCommand implements Callable<Integer> {

    @ParentCommand
    ExportCommand export;

    @Spec
    CommandSpec spec;

    @Mixin
    QuarterOptions period;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "export.report.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        int year = period.year;
        int quarter = period.quarter;
        try (Workspace workspace = period.open(export.root)) {
            ReportExport written = workspace.reports().export(year, quarter, out);
            written.warnings().forEach(w -> spec.commandLine().getOut().println(Messages.get("cli.warning", w)));
            spec.commandLine().getOut().println(Messages.get("cli.export.reportDone", String.valueOf(year),
                    Quarters.label(quarter), written.pages(), out.toAbsolutePath()));
            if (!written.checks().isEmpty()) {
                spec.commandLine().getOut().println(Messages.get("cli.warning", Messages.get("report.check.heading")));
                written.checks().forEach(c -> spec.commandLine().getOut().println(Messages.get("cli.reportCheck", c)));
            }
        }
        return ExitCodes.OK;
    }
}
