package org.qiyouxiang.app.core.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every target cell of the five seed documents, listed by hand in {@code targets/seed-target-cells.tsv}
 * with the meaning it must have: none throws, none is read as something else.
 */
class SeedTargetCellsTest {

    private static final String CELLS = "/targets/seed-target-cells.tsv";

    record Cell(String source, String indicator, String column, String text, String kind, String meaning) {
        @Override
        public String toString() {
            return source + " " + indicator + " " + column + ": " + text.replace("\n", "⏎");
        }
    }

    static List<Cell> cells() {
        InputStream in = Objects.requireNonNull(SeedTargetCellsTest.class.getResourceAsStream(CELLS), CELLS);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("source\t") && !line.isEmpty())
                    .map(line -> line.split("\t", -1))
                    .map(f -> new Cell(f[0], f[1], f[2], f[3].replace("\\n", "\n"), f[4], f[5]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void seedCellParsesToItsMeaning(Cell cell) {
        TargetValue value = TargetValues.parse(cell.text());

        assertThat(value.text()).isEqualTo(cell.text());
        assertThat(MeaningNotation.kind(value.meaning()) + " " + MeaningNotation.of(value.meaning()))
                .isEqualTo(cell.kind() + " " + cell.meaning());
    }

    @Test
    void fixtureCoversEverySeedDocumentAndEveryKindOfCell() {
        List<Cell> cells = cells();

        assertThat(cells.stream().map(Cell::source).collect(Collectors.toSet()))
                .isEqualTo(Set.of("000", "001", "002", "003", "004"));
        assertThat(cells.stream().map(Cell::kind).collect(Collectors.toSet()))
                .isEqualTo(Stream.of(Meaning.class.getPermittedSubclasses()).map(Class::getSimpleName)
                        .collect(Collectors.toSet()));
    }
}
