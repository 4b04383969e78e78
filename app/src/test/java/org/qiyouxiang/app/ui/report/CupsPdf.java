package org.qiyouxiang.app.ui.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The CUPS-PDF virtual printer of a Linux machine (package printer-driver-cups-pdf): its queue's name, from
 * {@code lpstat -v}, and the folder it writes each job's PDF into ({@code Out} of /etc/cups/cups-pdf.conf).
 */
final class CupsPdf {

    private CupsPdf() {
    }

    /** The queue whose device is {@code cups-pdf:/}, if CUPS runs and has one. */
    static Optional<String> queue() {
        try {
            Process lpstat = new ProcessBuilder("lpstat", "-v").redirectErrorStream(true).start();
            String out = new String(lpstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!lpstat.waitFor(20, TimeUnit.SECONDS) || lpstat.exitValue() != 0) {
                return Optional.empty();
            }
            // "device for PDF: cups-pdf:/"
            return out.lines().filter(l -> l.startsWith("device for ") && l.contains("cups-pdf:/"))
                    .map(l -> l.substring("device for ".length(), l.indexOf(':'))).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** True when poppler's pdftoppm is there to draw the printed pages. */
    static boolean canRender() {
        try {
            Process version = new ProcessBuilder("pdftoppm", "-v").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            return version.waitFor(20, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Where cups-pdf puts the PDFs of this user's jobs: its {@code Out} setting, by default ~/PDF. */
    static Path outputFolder() throws IOException {
        String out = "${HOME}/PDF";
        Path conf = Path.of("/etc/cups/cups-pdf.conf");
        if (Files.isReadable(conf)) {
            for (String line : Files.readAllLines(conf, StandardCharsets.UTF_8)) {
                if (line.startsWith("Out ")) {
                    out = line.substring(4).strip();
                }
            }
        }
        return Path.of(out.replace("${HOME}", System.getProperty("user.home"))
                .replace("${USER}", System.getProperty("user.name")));
    }

    /** Waits for the PDF whose name carries {@code token} (the job's name) to be written whole. */
    static Path await(Path folder, String token, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        long lastSize = -1;
        while (System.nanoTime() < end) {
            Optional<Path> found = find(folder, token);
            if (found.isPresent()) {
                long size = Files.size(found.get());
                if (size > 0 && size == lastSize) {
                    return found.get();
                }
                lastSize = size;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no PDF named after the job " + token + " in " + folder + " after " + timeout);
    }

    private static Optional<Path> find(Path folder, String token) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> matching = files.filter(f -> f.getFileName().toString().contains(token)
                    && f.getFileName().toString().endsWith(".pdf")).toList();
            return matching.stream().findFirst();
        }
    }
}
