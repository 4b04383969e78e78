package org.qiyouxiang.app.core.progress;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.qiyouxiang.db.model.Status;

/**
 * The status colours, defined once for the screen, Excel and paper: green done, blue on track, red
 * lagging, grey not due and no plan, yellow at risk, orange for what the rules cannot judge (待判断,
 * 未报送). Each tone has a strong colour for text, badges and borders and a light one for cell fills;
 * both read on a grey-scale printout (the fills are light, the texts dark). A tint fills what carries
 * black text instead of the tone's own colour (the Gantt's bars): the light colour, except lagging's,
 * a stronger red, since a pale pink beside 未报送's pale orange looked the same on screen and in grey.
 */
public final class StatusPalette {

    /** What a cell shows: a status, or at risk, or that a person must judge. */
    public enum Tone {
        DONE("#1a7f37", "#dafbe1"),
        ON_TRACK("#0969da", "#ddf4ff"),
        LAGGING("#cf222e", "#ffebe9", "#ffaba8"),
        NOT_DUE("#57606a", "#eaeef2"),
        NO_PLAN("#8c959f", "#f6f8fa"),
        AT_RISK("#9a6700", "#fff8c5"),
        UNDECIDED("#bc4c00", "#fff1e5");

        private final String foreground;
        private final String background;
        private final String tint;

        Tone(String foreground, String background) {
            this(foreground, background, background);
        }

        Tone(String foreground, String background, String tint) {
            this.foreground = foreground;
            this.background = background;
            this.tint = tint;
        }

        /** The strong colour, {@code #rrggbb}: text, badges, borders, the Gantt bar. */
        public String foreground() {
            return foreground;
        }

        /** The light colour, {@code #rrggbb}: the fill of a table or spreadsheet cell. */
        public String background() {
            return background;
        }

        /** The fill behind black text, {@code #rrggbb}: the Gantt's bars that carry their milestone. */
        public String tint() {
            return tint;
        }

        /** {@code status-on-track}: the style class for a cell of this tone. */
        public String styleClass() {
            return "status-" + cssName();
        }

        /** {@code -status-on-track}: the looked-up colour of this tone in {@link #css()}. */
        public String variable() {
            return "-status-" + cssName();
        }

        /** {@code -status-on-track-bg}. */
        public String backgroundVariable() {
            return variable() + "-bg";
        }

        /** {@code -status-on-track-tint}. */
        public String tintVariable() {
            return variable() + "-tint";
        }

        private String cssName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private StatusPalette() {
    }

    /** The tone of a status; at risk is shown only on a status still on track; null status is 待判断. */
    public static Tone tone(Status status, boolean atRisk) {
        if (status == null) {
            return Tone.UNDECIDED;
        }
        if (atRisk && status == Status.ON_TRACK) {
            return Tone.AT_RISK;
        }
        return Tone.valueOf(status.name());
    }

    /** Excel's and POI's spelling of a colour: {@code 1A7F37}. */
    public static String rgb(String hex) {
        return hex.substring(1).toUpperCase(Locale.ROOT);
    }

    /**
     * The looked-up colours as a JavaFX stylesheet:
     * {@code .root { -status-done: #1a7f37; -status-done-bg: …; -status-done-tint: … }}
     * and one style class per tone that colours a cell ({@code .status-lagging}). A control used outside
     * the main window (the Gantt chart in a test or a demo) gets them with the style class
     * {@code status-colours} and this stylesheet.
     */
    public static String css() {
        StringBuilder css = new StringBuilder(".root, .status-colours {\n");
        for (Tone tone : Tone.values()) {
            css.append("    ").append(tone.variable()).append(": ").append(tone.foreground()).append(";\n");
            css.append("    ").append(tone.backgroundVariable()).append(": ").append(tone.background()).append(";\n");
            css.append("    ").append(tone.tintVariable()).append(": ").append(tone.tint()).append(";\n");
        }
        css.append("}\n");
        for (Tone tone : Tone.values()) {
            css.append('.').append(tone.styleClass()).append(" {\n")
                    .append("    -fx-background-color: ").append(tone.backgroundVariable()).append(";\n")
                    .append("    -fx-text-fill: ").append(tone.variable()).append(";\n")
                    .append("}\n");
        }
        return css.toString();
    }

    /** {@link #css()} as a data URI, which {@code Scene.getStylesheets().add(…)} accepts directly. */
    public static String cssDataUri() {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css().getBytes(StandardCharsets.UTF_8));
    }
}
