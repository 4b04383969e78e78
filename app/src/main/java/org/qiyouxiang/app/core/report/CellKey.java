package org.qiyouxiang.app.core.report;

/**
 * A table cell's row and column as one map key: row times 256 plus column, multiplied by an odd constant.
 * A hash map takes a key's low bits; unmixed, the low bits of row × 256 + column are the column alone, so
 * while a map grew every cell fell into a dozen buckets, which turned into trees (a fifth of a 10,000-item
 * report's pagination; a row shifted by 16 bits was worse). Multiplying by an odd number is one-to-one, so
 * keys stay distinct, and it spreads the row into the low bits.
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
        return ((long) row * COLUMNS + column) * 0x9E3779B97F4A7C15L;
    }
}
