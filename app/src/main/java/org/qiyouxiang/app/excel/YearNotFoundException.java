package org.qiyouxiang.app.excel;

import org.qiyouxiang.app.core.ImportException;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Place;

/** Neither the title, the file name nor a sheet name says which year a work list is for: ask the clerk. */
public final class YearNotFoundException extends ImportException {

    public YearNotFoundException(Place file) {
        super(file, Messages.get("import.worklist.noYear"));
    }
}
