package org.qiyouxiang.app.cli;

import java.nio.file.Path;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.db.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qiyouxiang [--data DIR] COMMAND}. Without a command the desktop app starts (see Launcher). */
@Command(name = "qiyouxiang",
        resourceBundle = "org.qiyouxiang.app.cli",
        mixinStandardHelpOptions = true,
        version = "七优享工程进度管理 0.1",
        subcommands = {ImportCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class,
                CheckCommand.class, BenchCommand.class})
final class RootCommand {

    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "data")
    Path dataFolder;

    @Spec
    CommandSpec spec;

    Path dataFolder() {
        return dataFolder != null ? dataFolder : DataFolder.defaultLocation();
    }

    /** Opens the data folder as the window does (checked, repaired, upgraded) and says on stderr what happened. */
    Workspace openWorkspace() {
        Workspace workspace = Workspace.open(dataFolder());
        workspace.startupNotice().ifPresent(n -> spec.commandLine().getErr().println(Messages.get("cli.notice", n)));
        return workspace;
    }
}
