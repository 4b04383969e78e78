package org.qiyouxiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

class LogSetupTest {

    @TempDir
    Path temp;

    @Test
    void theLogIsWrittenInUtf8ToTheDataFoldersLogsAndLibrariesSayOnlyWarnings() throws Exception {
        Path folder = temp.resolve("数据 目录").resolve("logs");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        try {
            LogSetup.setUp(context, folder.toString().replace('\\', '/'), Level.OFF);
            Logger app = context.getLogger("org.qiyouxiang.app.Example");
            app.info("导入完成 {} 项", 91);
            app.debug("not written");
            context.getLogger("org.jooq.tools.LoggerListener").info("not written either");
            context.getLogger("org.flywaydb.core").warn("schema warning");
        } finally {
            context.stop();
        }
        String log = Files.readString(folder.resolve("qiyouxiang.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("INFO  org.qiyouxiang.app.Example - 导入完成 91 项")
                .contains("WARN  org.flywaydb.core - schema warning")
                .doesNotContain("not written");
    }

    @Test
    void theTestsOwnConfigurationWins() {
        LoggerContext context = new LoggerContext();
        assertThat(new LogSetup().configure(context))
                .isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }
}
