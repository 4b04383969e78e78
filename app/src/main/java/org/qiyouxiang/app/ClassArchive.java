package org.qiyouxiang.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed app's class-data archive (ADR 0006), made by the app itself where the package could not make
 * it: on Windows, where a per-user install puts the jars under each user's profile and a JDK 17 archive is
 * bound to their paths; and wherever an image was moved or its archive lost. The launcher names the archive
 * ({@code -XX:SharedArchiveFile}); when it is missing or refused, the JVM shares no classes at all, and:
 * <ol>
 * <li>the first such start writes one from the classes it has loaded, for the next start to map;</li>
 * <li>should a start still share nothing after that, the JDK's own archive of its classes takes its place,
 * as the Linux package's postinst does when it cannot make one: never slower than without an app archive;</li>
 * <li>after that, nothing more is tried for this install.</li>
 * </ol>
 * A file beside the archive ({@code app.jsa.tried}) remembers the step for this install (launcher and app jar).
 */
public final class ClassArchive {

    private static final Logger LOG = LoggerFactory.getLogger(ClassArchive.class);
    private static final String OPTION = "-XX:SharedArchiveFile=";
    private static final String DUMPING = "dumping";
    private static final String DUMPED = "dumped";
    private static final String FELL_BACK = "jdk archive";
    private static final int MOVE_ATTEMPTS = 3;

    /** Writes an archive of the classes loaded so far to the given file; false when it could not. */
    interface Dumper {
        boolean dump(Path target) throws Exception;
    }

    private final Path archive;
    private final Path tried;
    private final String install;
    private final boolean dumpedBefore;
    private final Dumper dumper;
    private final Optional<Path> jdkArchive;
    private final Path workingFolder;

    private ClassArchive(Path archive, String install, boolean dumpedBefore, Dumper dumper,
            Optional<Path> jdkArchive, Path workingFolder) {
        this.archive = archive;
        this.workingFolder = workingFolder;
        this.tried = triedFile(archive);
        this.install = install;
        this.dumpedBefore = dumpedBefore;
        this.dumper = dumper;
        this.jdkArchive = jdkArchive;
    }

    /** What this process should do about its archive, judged from what its JVM says of itself. */
    public static Optional<ClassArchive> wantedHere() {
        return wanted(System.getProperty("jpackage.app-path"), System.getProperty("java.vm.info", ""),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), appJar(), ClassArchive::dumpLoadedClasses,
                jdkArchive(Path.of(System.getProperty("java.home"))), Path.of("").toAbsolutePath());
    }

    /**
     * Something to do if: the app runs from an installed image (its launcher's path is known), the launcher
     * names an archive, the JVM shares no classes, the archive's folder can be written, and this install has
     * not gone through both steps already. A dump the app's exit cut short is taken again.
     */
    static Optional<ClassArchive> wanted(String launcher, String vmInfo, List<String> vmArguments, Path appJar,
            Dumper dumper, Optional<Path> jdkArchive, Path workingFolder) {
        if (launcher == null || vmInfo.contains("sharing")) {
            return Optional.empty();
        }
        Optional<Path> named = vmArguments.stream().filter(a -> a.startsWith(OPTION))
                .map(a -> Path.of(a.substring(OPTION.length())).toAbsolutePath()).reduce((first, last) -> last);
        if (named.isEmpty() || !Files.isWritable(named.get().getParent())) {
            return Optional.empty();
        }
        String install = launcher + " " + modified(appJar);
        String step = readStep(triedFile(named.get()), install);
        if (step.equals(FELL_BACK) || (step.equals(DUMPED) && jdkArchive.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new ClassArchive(named.get(), install, step.equals(DUMPED), dumper, jdkArchive,
                workingFolder));
    }

    public Path path() {
        return archive;
    }

    /**
     * Takes this install's next step: writes the archive from the classes loaded so far, or, if that was done
     * and did not help, or fails, puts the JDK's archive in its place. Blocks for several seconds: call it on a
     * thread of its own. A failure is logged, never thrown.
     */
    public void make() {
        if (!dumpedBefore && remember(DUMPING) && dump()) {
            return;
        }
        jdkArchive.ifPresent(jdk -> {
            if (remember(FELL_BACK)) {
                replaceWith(jdk);
            }
        });
    }

    private boolean dump() {
        Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".new");
        try {
            boolean wrote;
            try {
                wrote = dumper.dump(partial);
            } finally {
                // The second JVM has ended: what it left goes before the archive appears.
                removeLeftovers();
            }
            if (!wrote || !Files.isRegularFile(partial) || Files.size(partial) == 0) {
                LOG.warn("class archive not made: the dump wrote nothing to {}", partial);
                return false;
            }
            remember(DUMPED);
            moveIntoPlace(partial);
            LOG.info("class archive made for the next start: {} ({} MB)", archive, Files.size(archive) >> 20);
            return true;
        } catch (Exception | LinkageError e) {
            LOG.warn("class archive not made: {}", e.toString());
            return false;
        } finally {
            deleteQuietly(partial);
        }
    }

    private void replaceWith(Path jdk) {
        Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".new");
        try {
            Files.copy(jdk, partial, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(partial);
            LOG.info("the JDK's class archive is used instead: {}", archive);
        } catch (IOException e) {
            LOG.warn("class archive left as it is: {}", e.toString());
        } finally {
            deleteQuietly(partial);
        }
    }

    private void moveIntoPlace(Path partial) throws IOException {
        for (int attempt = 1; ; attempt++) {
            // The JVM writes archives read-only; Windows will not replace a read-only file.
            if (Files.exists(archive)) {
                archive.toFile().setWritable(true);
            }
            try {
                Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (IOException e) {
                // A virus scanner may hold a new file open for a moment.
                if (attempt == MOVE_ATTEMPTS) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Written before the step, so that a step that crashes the process is not taken again. */
    private boolean remember(String step) {
        try {
            Files.writeString(tried, install + "\n" + step, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            LOG.warn("class archive not made: {}", e.toString());
            return false;
        }
    }

    private static String readStep(Path tried, String install) {
        try {
            if (Files.isRegularFile(tried)) {
                List<String> lines = Files.readAllLines(tried, StandardCharsets.UTF_8);
                if (lines.size() == 2 && lines.get(0).equals(install)) {
                    return lines.get(1);
                }
            }
        } catch (IOException e) {
            LOG.debug("could not read {}: {}", tried, e.toString());
        }
        return "";
    }

    private static Path triedFile(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".tried");
    }

    /** The JVM's {@code VM.cds static_dump}: the classes loaded so far, dumped by a second JVM. */
    private static boolean dumpLoadedClasses(Path target) throws Exception {
        ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "vmCds", new Object[] {new String[] {"static_dump", target.toString()}},
                new String[] {String[].class.getName()});
        return true;
    }

    /**
     * What dumps leave behind once their process is gone: the second JVM's output (java_pid&lt;n&gt;_stdout and
     * _stderr in the working folder, logged first) and the parts of a dump the app's exit cut short.
     */
    private void removeLeftovers() {
        String name = archive.getFileName().toString();
        removeLeftovers(archive.getParent(), name + ".*.new*", file -> pidAfter(file, name + "."), file -> true);
        removeLeftovers(workingFolder, "java_pid*_std{out,err}", file -> pidAfter(file, "java_pid"), file -> {
            String said = Files.readString(file, StandardCharsets.ISO_8859_1);
            LOG.debug("class archive dump, {}: {}", file.getFileName(), said.strip());
            return said.contains("-Xshare:dump");
        });
    }

    private interface FileTest {
        boolean test(Path file) throws IOException;
    }

    private static void removeLeftovers(Path folder, String glob, ToLongFunction<Path> pid,
            FileTest ours) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            for (Path file : files) {
                if (ProcessHandle.of(pid.applyAsLong(file)).isEmpty() && ours.test(file)) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("left over in {}: {}", folder, e.toString());
        }
    }

    /** The process number written right after the prefix in the file's name; -1 if there is none. */
    private static long pidAfter(Path file, String prefix) {
        String rest = file.getFileName().toString().substring(prefix.length());
        int end = 0;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        return end == 0 ? -1 : Long.parseLong(rest.substring(0, end));
    }

    /** The runtime's archive of the JDK's own classes: lib/server on Linux, bin/server on Windows. */
    static Optional<Path> jdkArchive(Path javaHome) {
        return Stream.of("lib", "bin").map(dir -> javaHome.resolve(dir).resolve("server").resolve("classes.jsa"))
                .filter(Files::isRegularFile).findFirst();
    }

    private static void deleteQuietly(Path file) {
        try {
            if (Files.exists(file)) {
                file.toFile().setWritable(true);
                Files.delete(file);
            }
        } catch (IOException e) {
            LOG.debug("could not remove {}: {}", file, e.toString());
        }
    }

    private static String modified(Path file) {
        try {
            return file == null ? "" : Files.getLastModifiedTime(file).toString();
        } catch (IOException e) {
            return "";
        }
    }

    private static Path appJar() {
        try {
            return Path.of(ClassArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
    }
}
