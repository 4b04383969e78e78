package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.util.List;

/**
 * A written report: the file, how many printed pages it has, and what the clerk should know: a font that
 * stood in for an official one ({@code warnings}, said once a session), and what in the data disagrees
 * ({@code checks}, said at every export until it is corrected; not in the file).
 */
public record ReportExport(Path file, int pages, List<String> warnings, List<String> checks) {

    public ReportExport {
        warnings = List.copyOf(warnings);
        checks = List.copyOf(checks);
    }
}
