package org.qiyouxiang.app.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.qiyouxiang.app.core.progress.StatusPalette.Tone;

/**
 * A cell of a report table: its place (the top-left cell of a merged region), the text shown, the number
 * behind it when it is one, its kind and, for status and verdict cells, its colour tone.
 *
 * @param number null unless {@code kind} is numeric
 * @param tone   null for an uncoloured cell
 */
public record ReportCell(int row, int column, String text, BigDecimal number, CellKind kind, Tone tone) {

    public ReportCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    public static ReportCell text(int row, int column, String text, CellKind kind) {
        return new ReportCell(row, column, text == null ? "" : text, null, kind, null);
    }

    public static ReportCell toned(int row, int column, String text, Tone tone) {
        return new ReportCell(row, column, text, null, CellKind.CENTRED, tone);
    }

    /** A number of a numeric kind, its text formatted as Excel shows it with that kind's format. */
    public static ReportCell number(int row, int column, BigDecimal number, CellKind kind) {
        return new ReportCell(row, column, format(number, kind), number, kind, null);
    }

    /** The same cell at another row (a merged region split at a page break repeats its text). */
    public ReportCell atRow(int newRow) {
        return new ReportCell(newRow, column, text, number, kind, tone);
    }

    /** Whether a text must stay text though Excel would read it as a formula (=, +, -, @ first). */
    public boolean looksLikeFormula() {
        return !kind.numeric() && looksLikeFormula(text);
    }

    /** Whether a text would be read as a formula by Excel if typed in (=, +, -, @ first). */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }

    /** Whether a PERCENT value has a decimal to show (70.5%) or none (70%). */
    public boolean hasDecimal() {
        return number != null && number.stripTrailingZeros().scale() > 0;
    }

    static String format(BigDecimal number, CellKind kind) {
        if (number == null) {
            return "";
        }
        return switch (kind) {
            case INTEGER -> number.setScale(0, RoundingMode.HALF_UP).toPlainString();
            case DECIMAL -> number.setScale(Math.max(2, Math.min(4, number.stripTrailingZeros().scale())),
                    RoundingMode.HALF_UP).toPlainString();
            case PERCENT -> {
                BigDecimal p = number.stripTrailingZeros().scale() > 0
                        ? number.setScale(1, RoundingMode.HALF_UP) : number.setScale(0, RoundingMode.HALF_UP);
                yield p.toPlainString() + "%";
            }
            case RATE -> number.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
            default -> number.toPlainString();
        };
    }
}
