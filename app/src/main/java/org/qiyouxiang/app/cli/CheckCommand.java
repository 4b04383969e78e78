package org.qiyouxiang.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.qiyouxiang.app.service.DataCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check}: reads the database and the newest backup to the end; exit 0 when sound, 2 otherwise. */
@Command(name = "check", resourceBundle = "org.qiyouxiang.app.cli", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DataCheck.Report report = DataCheck.run(root.dataFolder());
        PrintWriter target = report.sound() ? spec.commandLine().getOut() : spec.commandLine().getErr();
        report.lines().forEach(target::println);
        return report.sound() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
