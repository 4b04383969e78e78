package org.qiyouxiang.app.core;

/**
 * Where in a spreadsheet something was found: file name, sheet, 1-based row, column letter.
 * Any part may be unknown (null or 0), and is then left out of the text.
 */
public record Place(String file, String sheet, int row, String column) {

    public static Place file(String file) {
        return new Place(file, null, 0, null);
    }

    public Place sheet(String sheetName) {
        return new Place(file, sheetName, 0, null);
    }

    public Place cell(int row1Based, String columnLetter) {
        return new Place(file, sheet, row1Based, columnLetter);
    }

    public Place row(int row1Based) {
        return new Place(file, sheet, row1Based, null);
    }

    /** 文件“x.xlsx”，工作表“工作清单”，第 12 行 D 列 */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(Messages.get("place.file", file));
        }
        if (sheet != null) {
            appendPart(text, Messages.get("place.sheet", sheet));
        }
        if (row > 0 && column != null) {
            appendPart(text, Messages.get("place.cell", row, column));
        } else if (row > 0) {
            appendPart(text, Messages.get("place.row", row));
        } else if (column != null) {
            appendPart(text, Messages.get("place.column", column));
        }
        return text.toString();
    }

    private static void appendPart(StringBuilder text, String part) {
        if (!text.isEmpty()) {
            text.append(Messages.get("place.separator"));
        }
        text.append(part);
    }
}
