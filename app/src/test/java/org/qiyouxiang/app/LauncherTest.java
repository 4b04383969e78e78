package org.qiyouxiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiyouxiang.db.DataFolder;

class LauncherTest {

    private static final String CACHE_DIR = "javafx.cachedir";
    private String before;

    @BeforeEach
    void forgetCacheDir() {
        before = System.getProperty(CACHE_DIR);
        System.clearProperty(CACHE_DIR);
    }

    @AfterEach
    void restoreCacheDir() {
        if (before == null) {
            System.clearProperty(CACHE_DIR);
        } else {
            System.setProperty(CACHE_DIR, before);
        }
    }

    @Test
    void putsJavaFxCacheIntoDefaultDataFolder() {
        Launcher.keepJavaFxCacheIn(org.qiyouxiang.app.cli.CommandLine.dataFolder(new String[] {}));

        assertThat(System.getProperty(CACHE_DIR))
                .isEqualTo(DataFolder.defaultLocation().resolve("javafx-cache").toAbsolutePath().toString());
    }

    @Test
    void putsJavaFxCacheIntoDataFolderGivenOnCommandLine() {
        Launcher.keepJavaFxCacheIn(org.qiyouxiang.app.cli.CommandLine.dataFolder(new String[] {"--data", "demo", "--sample"}));

        assertThat(System.getProperty(CACHE_DIR)).isEqualTo(Path.of("demo", "javafx-cache").toAbsolutePath().toString());
    }

    @Test
    void readsDataFolderWrittenWithEqualsSign() {
        Launcher.keepJavaFxCacheIn(org.qiyouxiang.app.cli.CommandLine.dataFolder(new String[] {"--data=demo", "import", "x.xlsx"}));

        assertThat(System.getProperty(CACHE_DIR)).isEqualTo(Path.of("demo", "javafx-cache").toAbsolutePath().toString());
    }

    @Test
    void leavesCacheDirSetByTheUserAlone() {
        System.setProperty(CACHE_DIR, "/somewhere/else");

        Launcher.keepJavaFxCacheIn(org.qiyouxiang.app.cli.CommandLine.dataFolder(new String[] {"--data", "demo"}));

        assertThat(System.getProperty(CACHE_DIR)).isEqualTo("/somewhere/else");
    }
}
