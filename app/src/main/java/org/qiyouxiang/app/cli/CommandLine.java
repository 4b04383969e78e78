package org.qiyouxiang.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import java.util.Set;
import org.qiyouxiang.app.core.Messages;
import picocli.CommandLine.Help.Ansi;

/** The command line: {@code [--data DIR] import FILE...}, {@code export worklist …}, {@code --help}. */
public final class CommandLine {

    private static final Set<String> COMMANDS = Set.of("import", "export", "bench", "--help", "-h", "--version", "-V");

    private CommandLine() {
    }

    /** True when the arguments name a command rather than options of the desktop app. */
    public static boolean isCommand(String[] args) {
        for (String arg : args) {
            if (COMMANDS.contains(arg)) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command and returns the exit code: 0 done, 2 bad input (nothing changed), 1 failure. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        picocli.CommandLine cli = new picocli.CommandLine(new RootCommand())
                .setOut(out)
                .setErr(err)
                .setColorScheme(picocli.CommandLine.Help.defaultColorScheme(Ansi.OFF))
                .setExecutionExceptionHandler(new ErrorHandler(err));
        // picocli would pick the bundle of the PC's locale; the clerk reads Chinese whatever the locale.
        cli.setResourceBundle(ResourceBundle.getBundle("org.qiyouxiang.app.cli", Messages.locale()));
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return ExitCodes.BAD_INPUT;
        });
        return cli.execute(args);
    }
}
