package org.qiyouxiang.app.excel;

import java.io.OutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook zipped at deflate level 3 instead of POI's 6. Compressing the sheets' XML was about
 * 40% of a large report's export; at level 3 it is half that and the file a quarter larger (1.1 MB instead
 * of 0.9 MB at 10,000 items; docs/decisions/0019-report-zip-level.md). Every reader inflates either alike.
 */
final class QuickZipWorkbook extends SXSSFWorkbook {

    /** Levels 1 to 3 are zlib's fast strategy; 3 packs best of them at the same speed (measured 1, 2, 3, 4, 6). */
    static final int LEVEL = 3;

    QuickZipWorkbook(int rowWindow) {
        super(null, rowWindow, false, false);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(LEVEL);
        return zip;
    }
}
