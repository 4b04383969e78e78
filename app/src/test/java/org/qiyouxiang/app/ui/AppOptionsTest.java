package org.qiyouxiang.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.app.cli.CommandLine;

/** The window opens the folder the launcher locked: both read --data the same way. */
class AppOptionsTest {

    @Test
    void theWindowReadsTheDataOptionAsTheLauncherDoes() {
        for (List<String> args : List.of(List.of("--data=D:/七优享 数据"), List.of("--data", "D:/七优享 数据", "--sample"))) {
            assertThat(AppOptions.parse(args).dataFolder())
                    .isEqualTo(CommandLine.dataFolder(args.toArray(String[]::new)))
                    .isEqualTo(Path.of("D:/七优享 数据"));
        }
    }

    @Test
    void sampleAndExitWhenLoadedAreRead() {
        AppOptions options = AppOptions.parse(List.of("--sample", "--exit-when-loaded"));
        assertThat(options.sample()).isTrue();
        assertThat(options.exitWhenLoaded()).isTrue();
    }
}
