package org.qiyouxiang.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.Set;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.DataFolder;
import picocli.CommandLine.Help.Ansi;

/**
 * The command line: {@code [--data DIR] import FILE...}, {@code export worklist …}, {@code backup},
 * {@code restore FILE}, {@code check}, {@code --help}.
 */
public final class CommandLine {

    /** Commands that open the data folder: they run only while holding its {@code InstanceLock}. */
    private static final Set<String> DATA_COMMANDS = Set.of("import", "export", "backup", "restore", "check");
    private static final Set<String> INFO_OPTIONS = Set.of("--help", "-h", "--version", "-V");
    /** Commands that work in folders of their own (bench): no lock on the clerk's data folder. */
    private static final Set<String> OTHER_COMMANDS = Set.of("bench");
    private static final String DATA_OPTION = "--data";

    private CommandLine() {
    }

    /** True when the arguments name a command rather than options of the desktop app. */
    public static boolean isCommand(String[] args) {
        for (String arg : args) {
            if (DATA_COMMANDS.contains(arg) || INFO_OPTIONS.contains(arg) || OTHER_COMMANDS.contains(arg)) {
                return true;
            }
        }
        return false;
    }

    /** True when the arguments run a command that opens the data folder (not only help or version). */
    public static boolean usesDataFolder(String[] args) {
        boolean command = false;
        for (String arg : args) {
            if (INFO_OPTIONS.contains(arg)) {
                return false;
            }
            command |= DATA_COMMANDS.contains(arg);
        }
        return command;
    }

    /**
     * The data folder the arguments choose ({@code --data DIR} or {@code --data=DIR} before the command),
     * else the user's data folder. Read before anything else, so that the lock and the log know it;
     * the desktop app uses it too. Logs nothing (the log's folder is not set yet).
     */
    public static Path dataFolder(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (DATA_COMMANDS.contains(arg)) {
                break;
            }
            if (arg.equals(DATA_OPTION) && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (arg.startsWith(DATA_OPTION + "=")) {
                return Path.of(arg.substring(DATA_OPTION.length() + 1));
            }
        }
        return DataFolder.defaultLocation();
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
