package org.qiyouxiang.app.excel;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.Place;

/**
 * Reads a work list (工作清单) from an .xlsx or .xls file in any of the shapes offices produce.
 * PLACEHOLDER: the real reader is being written; the signature is the contract.
 */
public final class WorkListReader {

    /**
     * @param file         the spreadsheet
     * @param yearOverride the year to use when the clerk has chosen one; else found in the title or file name
     * @return the list (ids null) with warnings; unit and person names split but not yet matched to aliases
     * @throws ImportException with a Chinese message naming file, sheet, row and column
     */
    public WorkListReadResult read(Path file, OptionalInt yearOverride) throws ImportException {
        throw new ImportException(Place.file(file.getFileName().toString()), "not implemented yet");
    }
}
