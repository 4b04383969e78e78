package org.qiyouxiang.app.core.worklist;

/**
 * A milestone cell of a row: the quarters it covers (a cell merged across quarters covers them all)
 * and its text. {@code continuesAbove} marks a cell merged down from the row above, which belongs to
 * the line above and is not read again.
 */
public record MilestoneCell(int fromQuarter, int toQuarter, String text, boolean continuesAbove) {
}
