package org.qiyouxiang.app.excel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.qiyouxiang.app.core.ItemKinds;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every text of a work list goes in the office's layout (工作清单): the cells and the merged
 * regions. Worked out without POI so that the layout rules stay in one readable place.
 * Rows and columns count from 0; a cell of a merged region is always its top-left cell.
 */
final class WorkListLayout {

    static final int COLUMN_COUNT = 10;
    static final int TITLE_ROW = 0;
    static final int FIRST_HEADER_ROW = 1;
    static final int LAST_HEADER_ROW = 2;
    static final int FIRST_BODY_ROW = 3;

    static final int AREA = 0;
    static final int NUMBER = 1;
    static final int KIND = 2;
    static final int NAME = 3;
    static final int FIRST_QUARTER = 4;
    static final int UNITS = 8;
    static final int PERSONS = 9;

    private static final Logger LOG = LoggerFactory.getLogger(WorkListLayout.class);
    private static final String UNIT_SEPARATOR = "、";
    private static final String PERSON_SEPARATOR = " ";

    /** A text at a cell. */
    record Cell(int row, int column, String text) {
    }

    /** A merged region, both ends included. */
    record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {

        int rowCount() {
            return lastRow - firstRow + 1;
        }
    }

    private final List<Cell> cells = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();
    private int nextRow = FIRST_BODY_ROW;

    private WorkListLayout() {
    }

    static WorkListLayout of(WorkList list) {
        WorkListLayout layout = new WorkListLayout();
        layout.layOutTitle(list);
        layout.layOutHeader();
        layout.layOutBody(list.items());
        return layout;
    }

    List<Cell> cells() {
        return List.copyOf(cells);
    }

    List<Region> regions() {
        return List.copyOf(regions);
    }

    /** Title, header and body rows. */
    int rowCount() {
        return nextRow;
    }

    private void layOutTitle(WorkList list) {
        String title = list.title() == null || list.title().isBlank()
                ? Messages.get("worklist.defaultTitle", list.year())
                : list.title();
        put(TITLE_ROW, AREA, title);
        merge(TITLE_ROW, TITLE_ROW, AREA, COLUMN_COUNT - 1);
    }

    private void layOutHeader() {
        headerOverBothRows(AREA, "worklist.header.area");
        headerOverBothRows(NUMBER, "worklist.header.number");
        headerOverBothRows(KIND, "worklist.header.kind");
        headerOverBothRows(NAME, "worklist.header.name");
        headerOverBothRows(UNITS, "worklist.header.units");
        headerOverBothRows(PERSONS, "worklist.header.persons");
        put(FIRST_HEADER_ROW, FIRST_QUARTER, Messages.get("worklist.header.schedule"));
        merge(FIRST_HEADER_ROW, FIRST_HEADER_ROW, FIRST_QUARTER, FIRST_QUARTER + 3);
        for (int quarter = 1; quarter <= 4; quarter++) {
            put(LAST_HEADER_ROW, quarterColumn(quarter), Quarters.label(quarter));
        }
    }

    private void headerOverBothRows(int column, String key) {
        put(FIRST_HEADER_ROW, column, Messages.get(key));
        merge(FIRST_HEADER_ROW, LAST_HEADER_ROW, column, column);
    }

    /** Area and kind cells are written once per block of rows and merged down over it. */
    private void layOutBody(List<WorkItem> items) {
        int areaStart = nextRow;
        int kindStart = nextRow;
        WorkItem previous = null;
        for (WorkItem item : items) {
            boolean newArea = previous == null || !Objects.equals(previous.area(), item.area());
            boolean newKind = newArea || previous.kind() != item.kind()
                    || !Objects.equals(ItemKinds.text(previous), ItemKinds.text(item));
            if (newKind && previous != null) {
                mergeDown(KIND, kindStart, nextRow - 1);
            }
            if (newArea && previous != null) {
                mergeDown(AREA, areaStart, nextRow - 1);
            }
            if (newArea) {
                areaStart = nextRow;
                put(nextRow, AREA, item.area());
            }
            if (newKind) {
                kindStart = nextRow;
                put(nextRow, KIND, ItemKinds.text(item));
            }
            layOutItem(item);
            previous = item;
        }
        if (previous != null) {
            mergeDown(KIND, kindStart, nextRow - 1);
            mergeDown(AREA, areaStart, nextRow - 1);
        }
    }

    /**
     * One row per line. The name cell runs down over continuation lines until a line brings
     * its own name, which starts a cell of its own.
     */
    private void layOutItem(WorkItem item) {
        int firstRow = nextRow;
        int nameStart = firstRow;
        put(firstRow, NUMBER, item.number());
        put(firstRow, NAME, item.name());
        for (int index = 0; index < item.lines().size(); index++) {
            ItemLine line = item.lines().get(index);
            int row = nextRow++;
            if (index > 0 && line.ownName() != null) {
                mergeDown(NAME, nameStart, row - 1);
                nameStart = row;
                put(row, NAME, line.ownName());
            }
            layOutMilestones(row, line.milestones());
            put(row, UNITS, unitsText(line));
            put(row, PERSONS, personsText(line));
        }
        mergeDown(NUMBER, firstRow, nextRow - 1);
        mergeDown(NAME, nameStart, nextRow - 1);
    }

    private void layOutMilestones(int row, List<Milestone> milestones) {
        boolean[] taken = new boolean[5];
        List<Milestone> inOrder = milestones.stream()
                .sorted(Comparator.comparingInt(Milestone::fromQuarter)).toList();
        for (Milestone milestone : inOrder) {
            if (overlaps(taken, milestone)) {
                // Two texts cannot share a cell; the stored data should never hold this.
                LOG.warn("Row {}: milestone {}..{} overlaps another one and is left out: {}", row + 1,
                        milestone.fromQuarter(), milestone.toQuarter(), milestone.text());
                continue;
            }
            for (int quarter = milestone.fromQuarter(); quarter <= milestone.toQuarter(); quarter++) {
                taken[quarter] = true;
            }
            put(row, quarterColumn(milestone.fromQuarter()), milestone.text());
            if (milestone.spans()) {
                merge(row, row, quarterColumn(milestone.fromQuarter()), quarterColumn(milestone.toQuarter()));
            }
        }
    }

    private static boolean overlaps(boolean[] taken, Milestone milestone) {
        for (int quarter = milestone.fromQuarter(); quarter <= milestone.toQuarter(); quarter++) {
            if (taken[quarter]) {
                return true;
            }
        }
        return false;
    }

    static int quarterColumn(int quarter) {
        return FIRST_QUARTER + quarter - 1;
    }


    static String unitsText(ItemLine line) {
        return line.unitsText() != null ? line.unitsText() : String.join(UNIT_SEPARATOR, line.units());
    }

    static String personsText(ItemLine line) {
        return line.personsText() != null ? line.personsText() : String.join(PERSON_SEPARATOR, line.persons());
    }

    private void put(int row, int column, String text) {
        if (text != null && !text.isEmpty()) {
            cells.add(new Cell(row, column, text));
        }
    }

    private void mergeDown(int column, int firstRow, int lastRow) {
        if (lastRow > firstRow) {
            merge(firstRow, lastRow, column, column);
        }
    }

    private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        regions.add(new Region(firstRow, lastRow, firstColumn, lastColumn));
    }
}
