package org.qiyouxiang.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.BackupFile;
import org.qiyouxiang.app.service.DataRestore;
import org.qiyouxiang.app.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code restore FILE}: puts a backup in place of the database. The backup is checked first; the current
 * file is kept aside, never deleted. The folder is then opened as at start, upgrading an older backup.
 */
@Command(name = "restore", resourceBundle = "org.qiyouxiang.app.cli", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "restore.file")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DataRestore.Result result = DataRestore.restore(root.dataFolder(), file);
        out.println(Messages.get("cli.restore.done", file.toAbsolutePath(), BackupFile.timeText(result.backupTime())));
        result.setAside().ifPresent(aside -> out.println(Messages.get("cli.restore.setAside", aside.getFileName())));
        try (Workspace ignored = root.openWorkspace()) {
            return ExitCodes.OK;
        }
    }
}
