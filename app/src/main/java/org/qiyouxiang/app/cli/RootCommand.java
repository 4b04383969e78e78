package org.qiyouxiang.app.cli;

import java.nio.file.Path;
import org.qiyouxiang.db.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code qiyouxiang [--data DIR] COMMAND}. Without a command the desktop app starts (see Launcher). */
@Command(name = "qiyouxiang",
        resourceBundle = "org.qiyouxiang.app.cli",
        mixinStandardHelpOptions = true,
        version = "七优享工程进度管理 0.1",
        subcommands = {ImportCommand.class, ExportCommand.class, BenchCommand.class})
final class RootCommand {

    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "data")
    Path dataFolder;

    Path dataFolder() {
        return dataFolder != null ? dataFolder : DataFolder.defaultLocation();
    }
}
