package org.qiyouxiang.app;

import org.qiyouxiang.app.cli.CommandLine;
import org.qiyouxiang.app.ui.DesktopApp;

/**
 * Program entry. Does not extend {@code Application}, so JavaFX runs from the class path.
 * No command: the desktop app. A command (import, export, …): the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args));
        }
        System.exit(DesktopApp.launchWith(args));
    }
}
