package org.qiyouxiang.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.BackupFile;
import org.qiyouxiang.app.service.BackupReason;
import org.qiyouxiang.app.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backup [--out FILE]}: a verified backup in {@code <data>/backups}, or in a file of one's choosing. */
@Command(name = "backup", resourceBundle = "org.qiyouxiang.app.cli", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "backup.out")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Workspace workspace = root.openWorkspace()) {
            String done;
            if (out == null) {
                BackupFile backup = workspace.backups().create(BackupReason.MANUAL);
                done = Messages.get("cli.backup.done", backup.path(), backup.timeText(), backup.sizeText());
            } else {
                workspace.backups().writeTo(out);
                done = Messages.get("cli.backup.done", out.toAbsolutePath(),
                        BackupFile.timeText(LocalDateTime.now()), BackupFile.sizeText(Files.size(out)));
            }
            spec.commandLine().getOut().println(done);
        }
        return ExitCodes.OK;
    }
}
