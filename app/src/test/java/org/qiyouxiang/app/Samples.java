package org.qiyouxiang.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** The office's spreadsheets in ../shared/samples, as the tests use them. */
public final class Samples {

    public static final String WORK_LIST = "嵊泗县2024年七优享工作清单.xlsx";
    public static final String FIVE_YEAR_TARGETS = "嵊泗县七优享五年目标.xlsx";
    public static final String KEY_INDICATORS = "嵊泗县2024年七优享重点指标.xlsx";

    private Samples() {
    }

    public static Path folder() {
        String configured = System.getProperty("shared.samples");
        Path folder = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "samples");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("shared samples not found at " + folder.toAbsolutePath());
        }
        return folder;
    }

    public static Path workList() {
        return folder().resolve(WORK_LIST);
    }

    public static Path fiveYearTargets() {
        return folder().resolve(FIVE_YEAR_TARGETS);
    }

    public static Path keyIndicators() {
        return folder().resolve(KEY_INDICATORS);
    }
}
