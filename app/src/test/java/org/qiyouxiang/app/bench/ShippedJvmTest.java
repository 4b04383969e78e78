package org.qiyouxiang.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks measure the app with the options the installer gives it, not with a list that drifted. */
class ShippedJvmTest {

    @Test
    void theBenchmarksUseTheInstalledAppsJvmOptions() throws Exception {
        Path args = Path.of("..", "installer", "src", "main", "jpackage", "app-image.args");
        List<String> installed = Files.readAllLines(args, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("--java-options -X"))
                .map(line -> line.substring("--java-options ".length()).strip())
                .toList();

        assertThat(installed).containsExactlyInAnyOrderElementsOf(ShippedJvm.OPTIONS);
    }
}
