package org.qiyouxiang.app.service;

import java.nio.file.Path;
import java.util.List;

/**
 * A written report: the file, how many printed pages it has, and what the clerk should know (a font that
 * stood in for an official one).
 */
public record ReportExport(Path file, int pages, List<String> warnings) {

    public ReportExport {
        warnings = List.copyOf(warnings);
    }
}
