package org.qiyouxiang.app.core.report;

/**
 * The body rows one printed page of a table carries, both ends included ({@code lastRow < firstRow} for a
 * table without body rows); the first page of a table carries its title and heading lines too.
 */
public record PageSlice(int firstRow, int lastRow, boolean first) {
}
