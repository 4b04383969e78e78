package org.qiyouxiang.app.core.worklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.app.core.ItemKinds;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.NameLists;
import org.qiyouxiang.app.core.Place;
import org.qiyouxiang.db.model.ItemKind;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.WorkItem;

/**
 * Turns the rows of a work-list table into items, whatever the table's shape: areas and kinds merged
 * down or repeated on every row or given as section headings, continuation rows of an item told by a
 * merged or repeated or empty 序号. Collects problems instead of stopping at the first.
 */
public final class WorkListAssembler {

    private static final int MAX_ERRORS = 30;
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．])\\s*");
    private static final Pattern FOOTNOTE = Pattern.compile("^(?:注|备注|说明|填报|填表|制表|审核|联系)");
    private static final int SECTION_MAX_LENGTH = 20;

    private final String file;
    private final List<WorkItem> items = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final List<ImportProblem> errors = new ArrayList<>();

    private Place sheet;
    private Map<WorkListColumn, String> letters = Map.of();
    private String defaultArea;
    private String area;
    private ItemKind kind;
    private String kindText;
    private boolean kindDefaultWarned;
    private ItemDraft current;

    public WorkListAssembler(String file) {
        this.file = file;
    }

    /**
     * Starts the rows of a sheet.
     *
     * @param columnLetters the column letter of each role the table has (A, B, …)
     * @param sheetArea     the area the sheet's name gives, for tables without an area column, or null
     */
    public void startSheet(String sheetName, Map<WorkListColumn, String> columnLetters, String sheetArea) {
        finishItem();
        sheet = Place.file(file).sheet(sheetName);
        letters = Map.copyOf(columnLetters);
        defaultArea = sheetArea;
        area = null;
        kind = null;
        kindText = null;
        kindDefaultWarned = false;
    }

    public void accept(WorkListRow row) {
        if (errors.size() >= MAX_ERRORS) {
            return;
        }
        if (row.hasNoItemContent()) {
            section(row);
            return;
        }
        Optional<String> rowArea = areaOf(row);
        Optional<ItemKind> rowKind = kindOf(row);
        if (rowArea.isEmpty() || rowKind.isEmpty()) {
            return;
        }
        boolean sameGroup = current != null && current.area.equals(rowArea.get()) && current.kind == rowKind.get();
        if (sameGroup && continuesItem(row)) {
            current.lines.add(line(row, ownName(row)));
            return;
        }
        finishItem();
        if (row.name().isBlank()) {
            error(row, WorkListColumn.NAME, Messages.get("import.worklist.noName"));
            return;
        }
        current = new ItemDraft(rowArea.get(), rowKind.get(), kindText,
                row.number().isBlank() ? null : row.number().text(), row.name().text());
        current.lines.add(line(row, null));
        if (row.units().isBlank()) {
            warn(row, WorkListColumn.UNITS, Messages.get("import.worklist.noUnits"));
        }
    }

    /** Ends the last item. Call once after the last sheet. */
    public void finish() {
        finishItem();
    }

    public List<WorkItem> items() {
        return List.copyOf(items);
    }

    public List<ImportProblem> warnings() {
        return List.copyOf(warnings);
    }

    public List<ImportProblem> errors() {
        return List.copyOf(errors);
    }

    private boolean continuesItem(WorkListRow row) {
        if (letters.containsKey(WorkListColumn.NUMBER)) {
            SourceCell number = row.number();
            return number.continuesAbove() || number.isBlank() || number.text().equals(current.number);
        }
        SourceCell name = row.name();
        return name.isBlank() || name.continuesAbove() || name.text().equals(current.name);
    }

    private String ownName(WorkListRow row) {
        SourceCell name = row.name();
        boolean own = !name.isBlank() && !name.continuesAbove() && !name.text().equals(current.name);
        return own ? name.text() : null;
    }

    private ItemLine line(WorkListRow row, String ownName) {
        List<Milestone> milestones = row.milestones().stream()
                .filter(m -> !m.continuesAbove() && !m.text().isBlank())
                .map(m -> new Milestone(m.fromQuarter(), m.toQuarter(), m.text()))
                .toList();
        String units = row.units().isBlank() ? null : row.units();
        String persons = row.persons().isBlank() ? null : row.persons();
        return new ItemLine(ownName, units, NameLists.split(units), persons, NameLists.split(persons), milestones);
    }

    private Optional<String> areaOf(WorkListRow row) {
        if (!row.area().isBlank()) {
            area = cleanHeading(row.area().text());
        }
        String result = area != null ? area : defaultArea;
        if (result == null) {
            error(row, WorkListColumn.AREA, Messages.get("import.worklist.noArea"));
        }
        return Optional.ofNullable(result);
    }

    private Optional<ItemKind> kindOf(WorkListRow row) {
        if (!row.kind().isBlank()) {
            String written = cleanHeading(row.kind().text());
            Optional<ItemKind> recognised = ItemKinds.recognise(written);
            if (recognised.isEmpty()) {
                error(row, WorkListColumn.KIND, Messages.get("import.worklist.badKind", row.kind().text()));
                return Optional.empty();
            }
            kind = recognised.get();
            kindText = written;
        }
        if (kind != null) {
            return Optional.of(kind);
        }
        if (letters.containsKey(WorkListColumn.KIND)) {
            error(row, WorkListColumn.KIND, Messages.get("import.worklist.noKind"));
            return Optional.empty();
        }
        if (!kindDefaultWarned) {
            warnings.add(new ImportProblem(sheet, Messages.get("import.worklist.kindDefault")));
            kindDefaultWarned = true;
        }
        return Optional.of(ItemKind.KEY_TASK);
    }

    /** A row with text only outside the item's cells: a heading of an area or kind, or a footnote. */
    private void section(WorkListRow row) {
        List<String> texts = new ArrayList<>();
        if (!row.area().isBlank() && !row.area().continuesAbove()) {
            texts.add(row.area().text());
        }
        if (!row.kind().isBlank() && !row.kind().continuesAbove()) {
            texts.add(row.kind().text());
        }
        row.others().stream().filter(t -> !t.isBlank()).forEach(texts::add);
        if (texts.stream().distinct().count() != 1) {
            return;
        }
        String heading = cleanHeading(texts.get(0));
        if (heading.length() > SECTION_MAX_LENGTH || FOOTNOTE.matcher(heading).find()) {
            return;
        }
        Optional<ItemKind> headingKind = ItemKinds.recognise(heading);
        if (headingKind.isPresent() && heading.length() <= 6) {
            kind = headingKind.get();
            kindText = heading;
        } else {
            area = heading;
            kind = null;
            kindText = null;
        }
    }

    /** 一、幼有善育 → 幼有善育; 幼\n有\n善\n育 → 幼有善育. */
    static String cleanHeading(String text) {
        String t = text.replaceAll("[\\s\\u3000\\u00a0]+", "");
        return NUMBERING.matcher(t).replaceFirst("");
    }

    private void finishItem() {
        if (current != null) {
            items.add(new WorkItem(null, current.area, current.kind, current.kindText, current.number,
                    current.name, current.lines));
            current = null;
        }
    }

    private Place placeOf(WorkListRow row, WorkListColumn column) {
        String letter = letters.get(column);
        return letter == null ? sheet.row(row.rowNumber()) : sheet.cell(row.rowNumber(), letter);
    }

    private void error(WorkListRow row, WorkListColumn column, String message) {
        errors.add(new ImportProblem(placeOf(row, column), message));
    }

    private void warn(WorkListRow row, WorkListColumn column, String message) {
        warnings.add(new ImportProblem(placeOf(row, column), message));
    }

    private static final class ItemDraft {
        final String area;
        final ItemKind kind;
        final String kindText;
        final String number;
        final String name;
        final List<ItemLine> lines = new ArrayList<>();

        ItemDraft(String area, ItemKind kind, String kindText, String number, String name) {
            this.area = area;
            this.kind = kind;
            this.kindText = kindText;
            this.number = number;
            this.name = name;
        }
    }
}
