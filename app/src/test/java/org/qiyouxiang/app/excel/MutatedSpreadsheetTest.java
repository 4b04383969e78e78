package org.qiyouxiang.app.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.Samples;

/**
 * The office's spreadsheets with random damage (bytes flipped, ranges overwritten or zeroed, cut short,
 * a piece repeated), half of them to the file itself, half to one XML part inside the zip (which the zip's
 * checksums would otherwise catch first): each is read or refused with a Chinese message naming it, in
 * bounded time; nothing else comes out of the reader. Files that fail are kept in
 * {@code target/failed-spreadsheets}.
 *
 * <p>{@code qiyouxiang.reliability.mutations} files (50 in the normal build, 1,000 with {@code -Preliability}).
 */
class MutatedSpreadsheetTest {

    private static final int FILES = Integer.getInteger("qiyouxiang.reliability.mutations", 50);

    @TempDir
    Path temp;

    @Test
    void everyMutantIsReadOrRefusedWithAClearMessage() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Samples.folder())) {
            samples = files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
        long seed = Long.getLong("qiyouxiang.reliability.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        int read = 0;
        int refused = 0;
        long slowest = 0;
        for (int i = 0; i < FILES; i++) {
            Path sample = samples.get(random.nextInt(samples.size()));
            String name = "变异 样本 " + i + ".xlsx";
            Path file = temp.resolve(name);
            byte[] original = Files.readAllBytes(sample);
            Files.write(file, random.nextBoolean() ? mutate(original, random) : mutateInside(original, random));
            long start = System.nanoTime();
            try {
                BadSpreadsheetCorpusTest.Outcome outcome = assertTimeoutPreemptively(BadSpreadsheetCorpusTest.PER_FILE,
                        () -> BadSpreadsheetCorpusTest.Outcome.of(file));
                if (outcome.message().isPresent()) {
                    BadSpreadsheetCorpusTest.assertRefusal(name, outcome.message().get());
                    refused++;
                } else {
                    read++;
                }
            } catch (Throwable e) {
                failures.add(name + " (from " + sample.getFileName() + "): " + e);
                keep(file);
            }
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("Mutated spreadsheets (seed %d): %d tried, %d read, %d refused with a message naming the file, "
                + "%d other outcomes, slowest %d ms%n", seed, FILES, read, refused, failures.size(), slowest);
        assertThat(failures).isEmpty();
    }

    /** One to three kinds of damage to a copy of the bytes. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int rounds = 1 + random.nextInt(3);
        for (int round = 0; round < rounds && bytes.length > 0; round++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> {
                    for (int k = 1 + random.nextInt(8); k > 0; k--) {
                        bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> {
                    byte[] junk = new byte[Math.min(bytes.length - at, 1 + random.nextInt(512))];
                    random.nextBytes(junk);
                    System.arraycopy(junk, 0, bytes, at, junk.length);
                }
                case 2 -> Arrays.fill(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(4096)), (byte) 0);
                case 3 -> bytes = Arrays.copyOf(bytes, Math.max(1, at));
                default -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(2048));
                    byte[] longer = Arrays.copyOf(bytes, bytes.length + length);
                    System.arraycopy(bytes, at, longer, at + length, bytes.length - at);
                    bytes = longer;
                }
            }
        }
        return bytes;
    }

    /** The same damage to one XML part, zipped again with sound checksums. */
    static byte[] mutateInside(byte[] xlsx, Random random) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        List<String> xml = parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
        String victim = random.nextInt(3) == 0 ? xml.get(random.nextInt(xml.size()))
                : random.nextBoolean() ? "xl/worksheets/sheet1.xml" : "xl/sharedStrings.xml";
        parts.computeIfPresent(victim, (name, bytes) -> mutate(bytes, random));
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(result)) {
            for (var part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }

    private static void keep(Path file) throws IOException {
        Path folder = Path.of("target", "failed-spreadsheets");
        Files.createDirectories(folder);
        Files.copy(file, folder.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
