package org.qiyouxiang.app.cli;

import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.Workspace;
import picocli.CommandLine.Option;

/** {@code --year Y --quarter Q} of the report and forms exports, checked the same way for both. */
final class QuarterOptions {

    @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "export.year")
    int year;

    @Option(names = "--quarter", required = true, paramLabel = "Q", descriptionKey = "export.quarter")
    int quarter;

    /**
     * Opens the data folder (saying on stderr what the start repaired, as every command does) for a quarter 1–4
     * of a year that has a work list; otherwise refuses, changing nothing.
     */
    Workspace open(RootCommand root) throws BadInputException {
        if (quarter < 1 || quarter > 4) {
            throw new BadInputException(Messages.get("cli.error.quarter", quarter));
        }
        Workspace workspace = root.openWorkspace();
        if (workspace.workLists().workList(year).isEmpty()) {
            workspace.close();
            throw new BadInputException(Messages.get("export.error.noYear", String.valueOf(year)));
        }
        return workspace;
    }
}
