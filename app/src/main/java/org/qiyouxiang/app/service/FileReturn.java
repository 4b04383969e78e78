package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What one returned form brings: its unit, year and quarter, the cells it changes, and, in Chinese, the rows
 * and cells that are not imported and why ({@code problems}) and what the clerk should know ({@code notes}).
 *
 * @param refused the whole file is left out (another quarter, unreadable, no list for its year)
 */
public record FileReturn(Path file, String unit, Integer year, Integer quarter, int rowCount,
                         List<CellChange> changes, List<String> problems, List<String> notes, boolean refused) {

    public FileReturn {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    static FileReturn refused(Path file, String unit, Integer year, Integer quarter, String why) {
        return new FileReturn(file, unit, year, quarter, 0, List.of(), List.of(why), List.of(), true);
    }
}
