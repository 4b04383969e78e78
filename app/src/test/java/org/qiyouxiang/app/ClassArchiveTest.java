package org.qiyouxiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    private static final String LAUNCHER = "C:/Users/张三/AppData/Local/Programs/Qiyouxiang/Qiyouxiang.exe";
    private static final String NO_SHARING = "mixed mode, emulated-client";
    /** A process number no process has (above every system's limit). */
    private static final long GONE = Integer.MAX_VALUE;

    @TempDir
    Path temp;

    private Path install;
    private Path archive;
    private Path appJar;
    private Path jdkArchive;
    private Path workingFolder;

    @BeforeEach
    void anInstalledImage() throws IOException {
        install = Files.createDirectories(temp.resolve("安装 目录").resolve("app"));
        archive = install.resolve("app.jsa");
        appJar = Files.writeString(install.resolve("qiyouxiang.jar"), "jar");
        jdkArchive = Files.writeString(temp.resolve("classes.jsa"), "the JDK's classes");
        workingFolder = Files.createDirectories(temp.resolve("工作 目录"));
    }

    private Optional<ClassArchive> wanted(String vmInfo, ClassArchive.Dumper dumper) {
        return ClassArchive.wanted(LAUNCHER, vmInfo, List.of("-Xms64m", "-XX:SharedArchiveFile=" + archive), appJar,
                dumper, Optional.of(jdkArchive), workingFolder);
    }

    private static ClassArchive.Dumper writing(String content) {
        return target -> {
            Files.writeString(target, content);
            return true;
        };
    }

    @Test
    void nothingIsDoneOutsideAnInstalledImageOrWhenClassesAreShared() {
        assertThat(ClassArchive.wanted(null, NO_SHARING, List.of("-XX:SharedArchiveFile=" + archive), appJar,
                writing("x"), Optional.of(jdkArchive), workingFolder)).isEmpty();
        assertThat(wanted("mixed mode, emulated-client, sharing", writing("x"))).isEmpty();
        assertThat(ClassArchive.wanted(LAUNCHER, NO_SHARING, List.of("-Xms64m"), appJar, writing("x"),
                Optional.of(jdkArchive), workingFolder)).isEmpty();
    }

    @Test
    void aMissingArchiveIsWrittenFromTheLoadedClasses() {
        wanted(NO_SHARING, writing("the app's classes")).orElseThrow().make();

        assertThat(archive).hasContent("the app's classes");
        assertThat(install).isDirectoryNotContaining("glob:**.new");
    }

    @Test
    void aRefusedReadOnlyArchiveIsReplaced() throws IOException {
        Files.writeString(archive, "made for another place");
        archive.toFile().setReadOnly();

        wanted(NO_SHARING, writing("the app's classes")).orElseThrow().make();

        assertThat(archive).hasContent("the app's classes");
    }

    @Test
    void whenTheWrittenArchiveDidNotHelpTheJdksTakesItsPlaceAndThenNothingMoreIsTried() {
        wanted(NO_SHARING, writing("the app's classes")).orElseThrow().make();

        // The next start still shares nothing.
        wanted(NO_SHARING, writing("again")).orElseThrow().make();

        assertThat(archive).hasContent("the JDK's classes");
        assertThat(wanted(NO_SHARING, writing("again"))).isEmpty();
    }

    @Test
    void aDumpThatFailsFallsBackToTheJdksArchiveAtOnce() {
        wanted(NO_SHARING, target -> {
            throw new IllegalStateException("the dump failed");
        }).orElseThrow().make();

        assertThat(archive).hasContent("the JDK's classes");
        assertThat(wanted(NO_SHARING, writing("again"))).isEmpty();
    }

    @Test
    void anUpgradedAppStartsOver() throws IOException {
        wanted(NO_SHARING, writing("old")).orElseThrow().make();
        wanted(NO_SHARING, writing("old")).orElseThrow().make();
        assertThat(wanted(NO_SHARING, writing("x"))).isEmpty();

        Files.setLastModifiedTime(appJar, java.nio.file.attribute.FileTime.fromMillis(0));

        wanted(NO_SHARING, writing("the new version's classes")).orElseThrow().make();
        assertThat(archive).hasContent("the new version's classes");
    }

    @Test
    void aDumpTheAppsExitCutShortIsTakenAgainAndItsPartsRemoved() throws IOException {
        Files.writeString(install.resolve("app.jsa.tried"), LAUNCHER + " " + Files.getLastModifiedTime(appJar)
                + "\ndumping");
        Files.writeString(install.resolve("app.jsa." + GONE + ".new.classlist"), "half");
        Files.writeString(install.resolve("app.jsa." + GONE + ".new.temp"), "half");

        wanted(NO_SHARING, writing("the app's classes")).orElseThrow().make();

        assertThat(archive).hasContent("the app's classes");
        assertThat(install).isDirectoryNotContaining("glob:**.new*");
    }

    @Test
    void theDumpsOutputIsRemovedFromTheWorkingFolderAndNothingElse() throws IOException {
        Path dumpSaid = Files.writeString(workingFolder.resolve("java_pid" + GONE + "_stdout"),
                "Command:\njava -cp app.jar -Xshare:dump -XX:SharedClassListFile=app.jsa.1.new.classlist");
        Path otherSaid = Files.writeString(workingFolder.resolve("java_pid" + (GONE - 1) + "_stdout"),
                "another program's output");

        wanted(NO_SHARING, writing("the app's classes")).orElseThrow().make();

        assertThat(dumpSaid).doesNotExist();
        assertThat(otherSaid).exists();
    }

    @Test
    void theJdksArchiveIsFoundWhereEachPlatformKeepsIt() throws IOException {
        Path linux = Files.createDirectories(temp.resolve("linux").resolve("lib").resolve("server"));
        Path windows = Files.createDirectories(temp.resolve("windows").resolve("bin").resolve("server"));
        Files.writeString(linux.resolve("classes.jsa"), "x");
        Files.writeString(windows.resolve("classes.jsa"), "x");

        assertThat(ClassArchive.jdkArchive(temp.resolve("linux"))).contains(linux.resolve("classes.jsa"));
        assertThat(ClassArchive.jdkArchive(temp.resolve("windows"))).contains(windows.resolve("classes.jsa"));
        assertThat(ClassArchive.jdkArchive(temp.resolve("none"))).isEmpty();
    }

    /**
     * The real JVM: a start without its archive writes one, and the next start shares classes from it. The class
     * path holds only jars, as an installed image's does (the JVM cannot archive classes from folders).
     */
    @Test
    void aRealStartWithoutItsArchiveWritesOneThatTheNextStartMaps() throws Exception {
        Path jar = temp.resolve("程序 jar").resolve("app.jar");
        Files.createDirectories(jar.getParent());
        List<Class<?>> classes = new ArrayList<>(List.of(ClassArchive.class.getNestMembers()));
        classes.add(ClassArchiveChild.class);
        writeJar(jar, classes);
        String classPath = jar + java.io.File.pathSeparator + jarOf("slf4j-api");

        String first = runChild(classPath);
        assertThat(first).contains("sharing=false").contains("done");
        assertThat(archive).isRegularFile();
        assertThat(Files.size(archive)).isGreaterThan(1_000_000);
        assertThat(Path.of("").toAbsolutePath()).isDirectoryNotContaining("glob:**java_pid*_std*");

        String second = runChild(classPath);
        assertThat(second).contains("sharing=true");
    }

    private String runChild(String classPath) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Djpackage.app-path=" + LAUNCHER, "-XX:SharedArchiveFile=" + archive,
                "-cp", classPath, ClassArchiveChild.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out;
        try (InputStream in = process.getInputStream()) {
            out = in.readAllBytes();
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String jarOf(String name) {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> entry.contains(name) && entry.endsWith(".jar")).findFirst().orElseThrow();
    }

    private static void writeJar(Path jar, List<Class<?>> classes) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Class<?> type : classes) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
