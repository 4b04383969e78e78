package org.qiyouxiang.app.core.report;

/** A merged region of a report table, both ends included. */
public record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public Region {
        if (lastRow < firstRow || lastColumn < firstColumn) {
            throw new IllegalArgumentException("empty region " + firstRow + ".." + lastRow + " x "
                    + firstColumn + ".." + lastColumn);
        }
    }

    public int rowCount() {
        return lastRow - firstRow + 1;
    }

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
}
