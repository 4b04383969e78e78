package org.qiyouxiang.app.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiyouxiang.app.core.progress.StatusPalette.Tone;
import org.qiyouxiang.db.model.Status;

class StatusPaletteTest {

    @ParameterizedTest(name = "{0} at risk {1} → {2}")
    @CsvSource(delimiterString = "|", nullValues = "∅", textBlock = """
            DONE     | false | DONE      | #1a7f37 | #dafbe1 | status-done
            ON_TRACK | false | ON_TRACK  | #0969da | #ddf4ff | status-on-track
            ON_TRACK | true  | AT_RISK   | #9a6700 | #fff8c5 | status-at-risk
            LAGGING  | true  | LAGGING   | #cf222e | #ffebe9 | status-lagging
            NOT_DUE  | false | NOT_DUE   | #57606a | #eaeef2 | status-not-due
            NO_PLAN  | false | NO_PLAN   | #8c959f | #f6f8fa | status-no-plan
            ∅        | false | UNDECIDED | #bc4c00 | #fff1e5 | status-undecided
            """)
    void oneToneAndOnePairOfColoursPerStatus(Status status, boolean atRisk, Tone tone, String foreground,
                                              String background, String styleClass) {
        assertThat(StatusPalette.tone(status, atRisk)).isEqualTo(tone);
        assertThat(tone.foreground()).isEqualTo(foreground);
        assertThat(tone.background()).isEqualTo(background);
        assertThat(tone.styleClass()).isEqualTo(styleClass);
    }

    @Test
    void stylesheetDefinesLookedUpColoursAndOneClassPerTone() {
        String css = StatusPalette.css();

        assertThat(css).startsWith(".root, .status-colours {\n    -status-done: #1a7f37;\n    -status-done-bg: #dafbe1;\n");
        assertThat(css).contains(".status-lagging {\n    -fx-background-color: -status-lagging-bg;\n"
                + "    -fx-text-fill: -status-lagging;\n}\n");
        assertThat(css.lines().filter(l -> l.endsWith("{"))).hasSize(1 + Tone.values().length);
    }

    @Test
    void dataUriCarriesTheSameStylesheet() {
        String uri = StatusPalette.cssDataUri();

        assertThat(uri).startsWith("data:text/css;base64,");
        assertThat(new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8))
                .isEqualTo(StatusPalette.css());
    }

    @Test
    void aLaggingBarIsRedderAndPrintsDarkerInGreyThanANotReportedOne() {
        double lagging = grey(Tone.LAGGING.tint());
        double notReported = grey(Tone.UNDECIDED.tint());

        assertThat(notReported - lagging).isGreaterThan(0.25);
        // Red-toned: far more red than green or blue; black text still reads (grey well above the middle).
        assertThat(Integer.parseInt(Tone.LAGGING.tint().substring(1, 3), 16)
                - Integer.parseInt(Tone.LAGGING.tint().substring(3, 5), 16)).isGreaterThan(60);
        assertThat(lagging).isGreaterThan(0.5);
        assertThat(Tone.DONE.tint()).isEqualTo(Tone.DONE.background());
    }

    /** How light a colour prints in grey: its relative luminance, 0 black to 1 white. */
    private static double grey(String hex) {
        double r = linear(Integer.parseInt(hex.substring(1, 3), 16));
        double g = linear(Integer.parseInt(hex.substring(3, 5), 16));
        double b = linear(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Test
    void excelSpellsColoursWithoutTheHash() {
        assertThat(StatusPalette.rgb(Tone.LAGGING.background())).isEqualTo("FFEBE9");
    }
}
