package org.qiyouxiang.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;

/**
 * The app's logging, set up in code. Logback's XML configuration cost the start about 0.3 s before the
 * window could open: an XML parser and some 470 classes of logback's configuration language
 * (docs/benchmarks.md, Start-up). Found by logback through {@code META-INF/services}.
 *
 * <p>The log lives in {@code <data>/logs}: {@link Launcher} sets {@value Launcher#LOG_FOLDER_PROPERTY} before
 * the first logger exists. A day per file, a week kept, UTF-8. It holds ids, counts and stack traces, never
 * the clerk's data: exceptions are logged through {@code LogSafe.redact}, which drops messages that could
 * quote it. The clerk reads the standard error of a command: no log lines there unless
 * {@code -Dqiyouxiang.console=INFO} (developers).
 *
 * <p>A {@code logback-test.xml} on the class path (the tests) or {@code -Dlogback.configurationFile} wins:
 * then this one steps aside for logback's own.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String CONSOLE_LEVEL_PROPERTY = "qiyouxiang.console";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String folder = System.getProperty(Launcher.LOG_FOLDER_PROPERTY,
                System.getProperty("java.io.tmpdir").replace('\\', '/') + "/qiyouxiang-logs");
        setUp(context, folder, Level.toLevel(System.getProperty(CONSOLE_LEVEL_PROPERTY), Level.OFF));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The log file in {@code folder} (forward slashes), and the standard error from {@code console} up. */
    static void setUp(LoggerContext context, String folder, Level console) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file(context, folder));
        if (console != Level.OFF) {
            root.addAppender(console(context, console));
        }
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.jooq").setLevel(Level.WARN);
        context.getLogger("org.jooq.Constants").setLevel(Level.OFF);
    }

    private static RollingFileAppender<ILoggingEvent> file(LoggerContext context, String folder) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/qiyouxiang.log");
        TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(folder + "/qiyouxiang.%d{yyyy-MM-dd}.log");
        policy.setMaxHistory(7);
        policy.setTotalSizeCap(FileSize.valueOf("50MB"));
        policy.setCleanHistoryOnStart(true);
        policy.start();
        file.setRollingPolicy(policy);
        file.setEncoder(encoder(context, "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{30} - %msg%n"));
        file.start();
        return file;
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, Level level) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setLevel(level.levelStr);
        threshold.start();
        console.addFilter(threshold);
        console.setEncoder(encoder(context, "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n"));
        console.start();
        return console;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }
}
