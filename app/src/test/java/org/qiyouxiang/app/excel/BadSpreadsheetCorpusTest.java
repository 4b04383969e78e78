package org.qiyouxiang.app.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qiyouxiang.app.core.ImportException;

/**
 * Hostile and broken files (see {@link BadSpreadsheets}): the reader never crashes (only an
 * {@link ImportException} comes out), never hangs, and every refusal is a Chinese message naming the file.
 */
class BadSpreadsheetCorpusTest {

    static final Duration PER_FILE = Duration.ofSeconds(60);

    @TempDir
    static Path temp;

    static Stream<Arguments> files() throws Exception {
        Map<String, Path> files = BadSpreadsheets.write(temp.resolve("坏 表格"));
        return files.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void isReadOrRefusedWithAMessageNamingTheFile(String name, Path file) {
        Outcome outcome = assertTimeoutPreemptively(PER_FILE, () -> Outcome.of(file));

        System.out.printf("%s: %s%n", name, outcome.message().orElse("read, " + outcome.items() + " items"));
        outcome.message().ifPresent(message -> assertRefusal(name, message));
        assertThat(outcome.toString()).doesNotContain(BadSpreadsheets.SECRET);
    }

    static void assertRefusal(String name, String message) {
        for (String line : message.split("\n")) {
            assertThat(line).startsWith("文件“" + name + "”").containsPattern("\\p{IsHan}{4,}");
        }
    }

    /** What reading a file gave: the items read, or the clerk's message. Any other throwable fails the test. */
    record Outcome(int items, java.util.Optional<String> message) {
        static Outcome of(Path file) {
            try {
                WorkListReadResult result = new WorkListReader().read(file, OptionalInt.empty());
                return new Outcome(result.workList().items().size(), java.util.Optional.empty());
            } catch (ImportException e) {
                return new Outcome(0, java.util.Optional.of(e.getMessage()));
            }
        }
    }
}
