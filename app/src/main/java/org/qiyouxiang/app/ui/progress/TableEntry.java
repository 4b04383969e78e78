package org.qiyouxiang.app.ui.progress;

/** A row of the progress table: an area's heading with its count, or an item's line. */
public sealed interface TableEntry permits TableEntry.AreaGroup, ProgressLine {

    /** The heading above an area's items: 幼有善育 with the number of its items shown. */
    record AreaGroup(String area, int shown, int total) implements TableEntry {
    }
}
