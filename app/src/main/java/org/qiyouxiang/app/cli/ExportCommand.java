package org.qiyouxiang.app.cli;

import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.concurrent.Callable;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.AllDataExport;
import org.qiyouxiang.app.service.IndicatorService;
import org.qiyouxiang.app.service.WorkListService;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.db.model.WorkList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export worklist --year Y --out FILE.xlsx}, {@code export indicators [--year Y] --out FILE.xlsx},
 * {@code export all --out FILE.xlsx}.
 */
@Command(name = "export", resourceBundle = "org.qiyouxiang.app.cli", mixinStandardHelpOptions = true,
        subcommands = {ExportCommand.WorkListExport.class, ExportCommand.IndicatorsExport.class,
            ExportCommand.AllExport.class, ReportExportCommand.class, FormsExportCommand.class})
final class ExportCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "worklist", resourceBundle = "org.qiyouxiang.app.cli", mixinStandardHelpOptions = true)
    static final class WorkListExport implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "export.year")
        int year;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "export.out")
        Path out;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Workspace workspace = export.root.openWorkspace()) {
                WorkListService workLists = workspace.workLists();
                if (workLists.workList(year).isEmpty()) {
                    throw new BadInputException(Messages.get("export.error.noYear", String.valueOf(year)));
                }
                WorkList list = workspace.exports().export(year, out);
                spec.commandLine().getOut().println(Messages.get("cli.export.done",
                        String.valueOf(year), list.items().size(), out.toAbsolutePath()));
            }
            return ExitCodes.OK;
        }
    }

    /** The five-year table with a year's latest actuals and judgements (default: this year, within the programme). */
    @Command(name = "indicators", resourceBundle = "org.qiyouxiang.app.cli", mixinStandardHelpOptions = true)
    static final class IndicatorsExport implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "export.indicators.year")
        Integer year;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "export.out")
        Path out;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Workspace workspace = export.root.openWorkspace()) {
                IndicatorService indicators = workspace.indicators();
                if (!indicators.hasFiveYearTable()) {
                    throw new BadInputException(Messages.get("export.error.noFiveYearTable"));
                }
                int actualYear = year != null ? year : currentYearWithin(indicators.years());
                int count = workspace.indicatorExports().export(actualYear, out);
                spec.commandLine().getOut().println(Messages.get("cli.export.indicatorsDone", count,
                        String.valueOf(actualYear), out.toAbsolutePath()));
            }
            return ExitCodes.OK;
        }

        /** This year, or the programme's first or last year when today is outside it. */
        static int currentYearWithin(List<Integer> years) {
            int now = Year.now().getValue();
            return Math.max(years.get(0), Math.min(now, years.get(years.size() - 1)));
        }
    }

    /** Everything stored, as one readable workbook (the same as 备份与恢复… → 导出全部数据为 Excel…). */
    @Command(name = "all", resourceBundle = "org.qiyouxiang.app.cli", mixinStandardHelpOptions = true)
    static final class AllExport implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "export.out")
        Path out;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Workspace workspace = export.root.openWorkspace()) {
                if (!workspace.allData().hasData()) {
                    throw new BadInputException(Messages.get("export.all.error.empty"));
                }
                AllDataExport written = workspace.allData().export(out);
                spec.commandLine().getOut().println(Messages.get("cli.export.allDone", written.summary(),
                        out.toAbsolutePath()));
            }
            return ExitCodes.OK;
        }
    }
}
