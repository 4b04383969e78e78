package org.qiyouxiang.app.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The 嵊泗 2024 sample documents shipped inside the app, offered at first start. */
public final class SampleData {

    public static final String WORK_LIST = "嵊泗县2024年七优享工作清单.xlsx";
    public static final String FIVE_YEAR_TARGETS = "嵊泗县七优享五年目标.xlsx";
    public static final String KEY_INDICATORS = "嵊泗县2024年七优享重点指标.xlsx";
    private static final String FOLDER = "/org/qiyouxiang/app/samples/";

    private SampleData() {
    }

    /** Copies a bundled sample into a folder (the importer reads files) and returns its path. */
    public static Path extract(String name, Path folder) {
        try (InputStream in = SampleData.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("sample missing from the application: " + name);
            }
            Files.createDirectories(folder);
            Path target = folder.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
