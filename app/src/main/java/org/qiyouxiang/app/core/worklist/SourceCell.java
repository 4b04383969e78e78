package org.qiyouxiang.app.core.worklist;

/**
 * A cell of a work-list row as the reader saw it: its text as displayed (a merged cell reads the
 * merge's text on every row it covers) and whether it continues a merge from the row above.
 */
public record SourceCell(String text, boolean continuesAbove) {

    public static final SourceCell EMPTY = new SourceCell("", false);

    public SourceCell {
        text = text == null ? "" : text;
    }

    public static SourceCell of(String text) {
        return new SourceCell(text, false);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
