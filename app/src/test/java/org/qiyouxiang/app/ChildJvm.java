package org.qiyouxiang.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running one of the app's (or the tests') main classes on the tests' class path: another
 * program for the locking tests, a process to kill for the crash tests. Its output is read line by line.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer errors = new StringBuffer();
    private final Thread out;
    private final Thread err;

    private ChildJvm(Process process) {
        this.process = process;
        out = new Thread(() -> drain(new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)), true), "child-stdout");
        err = new Thread(() -> drain(new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8)), false), "child-stderr");
        out.setDaemon(true);
        err.setDaemon(true);
        out.start();
        err.start();
    }

    public static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).start());
    }

    private void drain(BufferedReader reader, boolean stdout) {
        try (reader) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (stdout) {
                    lines.add(line);
                } else {
                    errors.append(line).append('\n');
                }
            }
        } catch (IOException ignored) {
            // The process was killed: its pipes close.
        }
    }

    /** The next line of standard output, or null after the timeout. */
    public String nextLine(long timeoutMillis) throws InterruptedException {
        return lines.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** Every line printed so far and not yet taken. */
    public List<String> drainLines() {
        List<String> taken = new ArrayList<>();
        lines.drainTo(taken);
        return taken;
    }

    public String errors() {
        return errors.toString();
    }

    public Process process() {
        return process;
    }

    /** Waits for the exit and returns its code. */
    public int waitFor(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new AssertionError("child did not end in " + timeoutSeconds + " s; stderr:\n" + errors);
        }
        return process.exitValue();
    }

    /** As a power cut does: no shutdown hooks, no closing of files. Returns once all its output is read. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        out.join(10_000);
        err.join(10_000);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
