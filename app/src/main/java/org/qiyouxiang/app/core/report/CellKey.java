package org.qiyouxiang.app.core.report;

/**
 * A table cell's row and column as one map key. Row times 256 plus column, rather than the row shifted by 16
 * bits: a hash map mixes a long key's halves and takes its low bits, and with the shift every row's dozen
 * cells fell into the same few buckets (a report of 10,000 items spent a tenth of its pagination there).
 */
final class CellKey {

    /** Wider than any report table. */
    private static final int COLUMNS = 256;

    private CellKey() {
    }

    static long of(int row, int column) {
        if (column < 0 || column >= COLUMNS) {
            throw new IllegalArgumentException("column " + column);
        }
        return (long) row * COLUMNS + column;
    }
}
