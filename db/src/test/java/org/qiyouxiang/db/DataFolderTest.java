package org.qiyouxiang.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void windowsUsesLocalAppData() {
        Path folder = DataFolder.defaultLocation("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/张三/AppData/Local"), "C:/Users/张三");

        assertThat(folder).isEqualTo(Path.of("C:/Users/张三/AppData/Local", "Qiyouxiang"));
    }

    @Test
    void linuxUsesLocalShareUnderHome() {
        Path folder = DataFolder.defaultLocation("Linux", Map.of(), "/home/clerk");

        assertThat(folder).isEqualTo(Path.of("/home/clerk/.local/share/qiyouxiang"));
    }

    @Test
    void linuxHonoursXdgDataHome() {
        Path folder = DataFolder.defaultLocation("Linux", Map.of("XDG_DATA_HOME", "/data/clerk"), "/home/clerk");

        assertThat(folder).isEqualTo(Path.of("/data/clerk/qiyouxiang"));
    }
}
