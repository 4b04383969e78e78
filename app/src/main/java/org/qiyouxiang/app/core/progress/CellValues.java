package org.qiyouxiang.app.core.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.qiyouxiang.app.core.HalfWidth;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.model.ProgressField;
import org.qiyouxiang.db.model.Status;
import org.qiyouxiang.db.model.StatusChoice;

/**
 * Reads and writes the progress cells as the clerk types, pastes and copies them: texts as they are,
 * a percentage as {@code 70}, {@code 70%}, {@code ７０．５％} (0 to 100, one decimal kept), a status as its
 * Chinese word (已完成, 推进中, 滞后, 未开始, 无计划). An empty cell is null (no status: the rules decide).
 */
public final class CellValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A cell's value, or why the text cannot be one (in Chinese). */
    public record Parsed(Object value, String problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    private CellValues() {
    }

    /**
     * @param proposed the status the rules propose for the cell's row: typing that status confirms it,
     *                 typing another overrides it
     */
    public static Parsed parse(ProgressField field, String text, Status proposed) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Parsed(field == ProgressField.STATUS ? StatusChoice.NONE : null, null);
        }
        return switch (field) {
            case PERCENT -> percent(t).map(p -> new Parsed(p, null))
                    .orElseGet(() -> new Parsed(null, Messages.get("progress.cell.notPercent", t)));
            case STATUS -> status(t).map(s -> new Parsed(s == proposed
                            ? StatusChoice.confirmed(s) : StatusChoice.overridden(s, null), null))
                    .orElseGet(() -> new Parsed(null, Messages.get("progress.cell.notStatus", t)));
            default -> t.length() > field.maxLength()
                    ? new Parsed(null, Messages.get("progress.cell.tooLong", field.maxLength(), t.length()))
                    : new Parsed(text.stripTrailing(), null);
        };
    }

    /** The cell's text for copying and editing: {@code 70.5}, {@code 滞后}, the text itself; "" for empty. */
    public static String format(ProgressField field, Object value) {
        if (value == null) {
            return "";
        }
        return switch (field) {
            case PERCENT -> ((BigDecimal) value).stripTrailingZeros().toPlainString();
            case STATUS -> {
                StatusChoice choice = (StatusChoice) value;
                yield choice.isNone() ? "" : label(choice.status());
            }
            default -> value.toString();
        };
    }

    public static String label(Status status) {
        return Messages.get("status." + status.name());
    }

    /** 70, 70%, 70.5％, 100 percent: a number from 0 to 100 with at most one decimal. */
    public static Optional<BigDecimal> percent(String text) {
        String t = HalfWidth.of(text).strip().replaceAll("\\s+", "");
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        if (!t.matches("\\d+(?:\\.\\d+)?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(t);
        if (value.compareTo(HUNDRED) > 0) {
            return Optional.empty();
        }
        return Optional.of(value.scale() > 1 ? value.setScale(1, RoundingMode.HALF_UP) : value);
    }

    /** 已完成 / 完成, 推进中 / 正常推进, 滞后, 未开始, 无计划, or the English names. */
    public static Optional<Status> status(String text) {
        String t = text.strip().replaceAll("\\s+", "");
        for (Status s : Status.values()) {
            if (t.equals(label(s)) || t.equalsIgnoreCase(s.name())) {
                return Optional.of(s);
            }
        }
        return switch (t.toUpperCase(Locale.ROOT)) {
            case "完成", "已办结" -> Optional.of(Status.DONE);
            case "正常推进", "进行中", "正常" -> Optional.of(Status.ON_TRACK);
            case "未启动", "未到期" -> Optional.of(Status.NOT_DUE);
            case "/", "无" -> Optional.of(Status.NO_PLAN);
            default -> Optional.empty();
        };
    }
}
