package org.qiyouxiang.app.core.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Place;
import org.qiyouxiang.db.model.TargetSource;

/**
 * Turns the data rows of an indicator table into indicators, whatever the table's shape: areas merged
 * down, repeated, written once above blank cells, written one character per line or given as section
 * headings. Collects problems instead of stopping at the first.
 */
public final class IndicatorTableAssembler {

    /** The database's column sizes; longer texts are refused with the cell named. */
    static final int MAX_NAME = 500;
    static final int MAX_TARGET = 500;
    static final int MAX_BASELINE = 200;
    static final int MAX_AREA = 100;
    static final int MAX_NUMBER = 20;
    static final int MAX_LEAD_UNIT = 200;

    private static final int MAX_ERRORS = 30;
    private static final int HEADING_MAX_LENGTH = 12;
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．])\\s*");
    private static final Pattern FOOTNOTE = Pattern.compile("^(?:注|备注|说明|填报|填表|制表|审核|联系|数据来源)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private final String file;
    private final TargetSource kind;
    private final Integer baselineYear;
    private final List<IndicatorEntry> entries = new ArrayList<>();
    private final Map<String, IndicatorEntry> byKey = new HashMap<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final List<ImportProblem> errors = new ArrayList<>();

    private Place sheet;
    private String sheetName;
    private IndicatorColumnLetters letters;
    private String area;
    private boolean noAreaWarned;

    /**
     * @param kind         the table's kind
     * @param baselineYear the first year column of a five-year table, whose cell is the baseline; null otherwise
     */
    public IndicatorTableAssembler(String file, TargetSource kind, Integer baselineYear) {
        this.file = file;
        this.kind = kind;
        this.baselineYear = baselineYear;
    }

    /** Starts the rows of a sheet; {@code sheetArea} is the area its name gives, or null. */
    public void startSheet(String name, IndicatorColumnLetters columnLetters, String sheetArea) {
        sheetName = name;
        sheet = Place.file(file).sheet(name);
        letters = columnLetters;
        area = sheetArea;
        noAreaWarned = false;
    }

    public void accept(IndicatorSourceRow row) {
        if (errors.size() >= MAX_ERRORS) {
            return;
        }
        if (row.loneText() != null) {
            heading(row);
            return;
        }
        if (!row.area().isBlank()) {
            area = areaName(row.area().text());
        }
        if (row.name().isBlank()) {
            if (row.hasValues()) {
                errors.add(new ImportProblem(sheet.cell(row.row(), letters.name()),
                        Messages.get("import.indicators.noName")));
            }
            return;
        }
        IndicatorEntry entry = entry(row);
        if (checkLengths(row, entry)) {
            addUnlessDuplicate(entry);
        }
    }

    private void heading(IndicatorSourceRow row) {
        String text = areaName(row.loneText());
        if (FOOTNOTE.matcher(text).find()) {
            return;
        }
        if (text.length() <= HEADING_MAX_LENGTH && text.chars().noneMatch(Character::isDigit)) {
            area = text;
        } else {
            warnings.add(new ImportProblem(sheet.row(row.row()),
                    Messages.get("import.indicators.skippedText", row.loneText())));
        }
    }

    private IndicatorEntry entry(IndicatorSourceRow row) {
        Map<Integer, String> targets = new LinkedHashMap<>(row.values());
        String baseline = kind == TargetSource.FIVE_YEAR ? targets.remove(baselineYear) : null;
        if (kind == TargetSource.FIVE_YEAR && baseline == null) {
            baseline = "";
        }
        if (area == null && !noAreaWarned) {
            noAreaWarned = true;
            warnings.add(new ImportProblem(sheet, Messages.get("import.indicators.noArea")));
        }
        return new IndicatorEntry(sheetName, row.row(), area, blankToNull(row.number()),
                IndicatorNames.parse(row.name()), baseline, targets, blankToNull(row.leadUnit()));
    }

    private boolean checkLengths(IndicatorSourceRow row, IndicatorEntry entry) {
        int before = errors.size();
        tooLong(row.row(), letters.name(), entry.name().written(), MAX_NAME);
        tooLong(row.row(), letters.area(), entry.area(), MAX_AREA);
        tooLong(row.row(), letters.number(), entry.number(), MAX_NUMBER);
        tooLong(row.row(), letters.leadUnit(), entry.leadUnit(), MAX_LEAD_UNIT);
        if (baselineYear != null) {
            tooLong(row.row(), letters.values().get(baselineYear), entry.baseline(), MAX_BASELINE);
        }
        entry.targets().forEach((year, text) -> tooLong(row.row(), letters.values().get(year), text, MAX_TARGET));
        return errors.size() == before;
    }

    private void tooLong(int row, String column, String text, int max) {
        if (text != null && text.length() > max) {
            errors.add(new ImportProblem(sheet.cell(row, column),
                    Messages.get("import.indicators.tooLong", text.length(), max)));
        }
    }

    private void addUnlessDuplicate(IndicatorEntry entry) {
        IndicatorEntry earlier = byKey.putIfAbsent(entry.name().key(), entry);
        if (earlier != null) {
            String where = earlier.sheet().equals(entry.sheet())
                    ? Messages.get("place.row", earlier.row())
                    : Messages.get("place.sheet", earlier.sheet()) + Messages.get("place.separator")
                            + Messages.get("place.row", earlier.row());
            errors.add(new ImportProblem(sheet.cell(entry.row(), letters.name()),
                    Messages.get("import.indicators.duplicate", entry.name().written(), where)));
            return;
        }
        entries.add(entry);
    }

    /** 幼\n有\n善\n育, 一、幼有善育 and 幼有善育 are one area. */
    static String areaName(String text) {
        String compact = SPACES.matcher(text).replaceAll("");
        return NUMBERING.matcher(compact).replaceFirst("");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public List<IndicatorEntry> entries() {
        return List.copyOf(entries);
    }

    public List<ImportProblem> warnings() {
        return List.copyOf(warnings);
    }

    public List<ImportProblem> errors() {
        return List.copyOf(errors);
    }
}
