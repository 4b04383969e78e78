package org.qiyouxiang.app.cli;

import java.nio.file.Path;
import org.qiyouxiang.app.core.AppVersion;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.db.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qiyouxiang [--data DIR] COMMAND}. Without a command the desktop app starts (see Launcher). */
@Command(name = "qiyouxiang",
        resourceBundle = "org.qiyouxiang.app.cli",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        subcommands = {ImportCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class,
                CheckCommand.class, BenchCommand.class})
final class RootCommand {

    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "data")
    Path dataFolder;

    @Spec
    CommandSpec spec;

    /** {@code --version}: the same words as 帮助 → 关于. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Messages.get("app.title") + " " + AppVersion.text()};
        }
    }

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
