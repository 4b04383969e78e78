package org.qiyouxiang.app.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Place;

/**
 * Opens an .xlsx or .xls file read-only, turning every way it can fail into a message for the
 * clerk that names the file. POI's protections (zip-bomb ratio, entity expansion) stay as they are.
 */
final class SpreadsheetFiles {

    /** Larger files are not work lists or indicator tables; refusing them keeps the window responsive. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    /**
     * The largest part (a sheet's XML, the shared strings) POI may expand. POI holds a sheet as a tree of
     * about 17 bytes of memory per byte of XML: a 13 MB file whose sheet expands to 81 MB ran a 1 GB heap
     * out of memory. A work list at the reader's 20,000-row limit needs well under 10 MB.
     */
    static final long MAX_EXPANDED_PART = 20L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_EXPANDED_PART);
    }

    private SpreadsheetFiles() {
    }

    static Workbook open(Path file) throws ImportException {
        Place place = Place.file(file.getFileName().toString());
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(place, Messages.get("import.error.noFile"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(place, Messages.get("import.error.tooLarge", MAX_BYTES / 1024 / 1024));
            }
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (EmptyFileException e) {
            throw new ImportException(place, Messages.get("import.error.empty"), e);
        } catch (EncryptedDocumentException e) {
            throw new ImportException(place, Messages.get("import.error.encrypted"), e);
        } catch (OldExcelFormatException e) {
            throw new ImportException(place, Messages.get("import.error.oldFormat"), e);
        } catch (IOException | RuntimeException e) {
            if (expandsTooMuch(e)) {
                throw new ImportException(place, Messages.get("import.error.expandsTooMuch",
                        MAX_EXPANDED_PART / 1024 / 1024), e);
            }
            // Not a spreadsheet at all, a truncated zip, a damaged part: all the same to the clerk.
            throw new ImportException(place, Messages.get("import.error.notSpreadsheet"), e);
        }
    }

    /** POI's zip-bomb guard (a part too large, or deflated too well) says so only in its message. */
    static boolean expandsTooMuch(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }
}
