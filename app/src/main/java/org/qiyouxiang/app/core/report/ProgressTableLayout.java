package org.qiyouxiang.app.core.report;

import java.util.List;
import java.util.Objects;

/**
 * Part 1, 工作清单进展情况: every item in the work list's order and layout (area and kind written once and
 * merged down over their block, number over the item's lines, the name until a line brings its own), with
 * each line's milestone of the quarter, units and persons, and the item's progress merged over its lines.
 */
final class ProgressTableLayout {

    static final int AREA = 0;
    static final int NUMBER = 1;
    static final int KIND = 2;
    static final int NAME = 3;
    static final int MILESTONE = 4;
    static final int DONE = 5;
    static final int STATUS = 6;
    static final int PERCENT = 7;
    static final int PROBLEMS = 8;
    static final int NEXT_STEPS = 9;
    static final int UNITS = 10;
    static final int PERSONS = 11;

    static final int[] WIDTHS = {2560, 1536, 2304, 5632, 6656, 7168, 2048, 2560, 5120, 5120, 3328, 2304};

    private final TableBuilder table;

    private ProgressTableLayout(ReportHeading heading) {
        table = new TableBuilder(Part.PROGRESS, heading, WIDTHS);
        table.header(TableBuilder.label("report.header.area"), TableBuilder.label("report.header.number"),
                TableBuilder.label("report.header.kind"), TableBuilder.label("report.header.name"),
                TableBuilder.label("report.header.milestone", heading.quarterLabel()),
                TableBuilder.label("report.header.done"), TableBuilder.label("report.header.status"),
                TableBuilder.label("report.header.percent"), TableBuilder.label("report.header.problems"),
                TableBuilder.label("report.header.nextSteps"), TableBuilder.label("report.header.units"),
                TableBuilder.label("report.header.persons"));
    }

    static ReportTable of(ReportHeading heading, List<ReportItem> items) {
        ProgressTableLayout layout = new ProgressTableLayout(heading);
        layout.body(items);
        return layout.table.build();
    }

    private void body(List<ReportItem> items) {
        int areaStart = table.nextRow();
        int kindStart = areaStart;
        ReportItem previous = null;
        for (ReportItem item : items) {
            boolean newArea = previous == null || !Objects.equals(previous.area(), item.area());
            boolean newKind = newArea || !Objects.equals(previous.kindText(), item.kindText());
            int row = table.nextRow();
            if (newKind && previous != null) {
                table.mergeDown(KIND, kindStart, row - 1);
            }
            if (newArea && previous != null) {
                table.mergeDown(AREA, areaStart, row - 1);
            }
            if (newArea) {
                areaStart = row;
                table.centred(row, AREA, item.area());
            }
            if (newKind) {
                kindStart = row;
                table.centred(row, KIND, item.kindText());
            }
            item(item);
            previous = item;
        }
        if (previous != null) {
            table.mergeDown(KIND, kindStart, table.nextRow() - 1);
            table.mergeDown(AREA, areaStart, table.nextRow() - 1);
        }
    }

    private void item(ReportItem item) {
        int first = table.nextRow();
        int nameStart = first;
        table.centred(first, NUMBER, item.number());
        table.text(first, NAME, item.name());
        table.text(first, DONE, item.doneText());
        table.toned(first, STATUS, item.statusLabel(), item.tone());
        table.number(first, PERCENT, item.percent(), CellKind.PERCENT);
        table.text(first, PROBLEMS, item.problems());
        table.text(first, NEXT_STEPS, item.nextSteps());
        for (int index = 0; index < item.lines().size(); index++) {
            ReportItem.Line line = item.lines().get(index);
            int row = index == 0 ? table.newBlock() : table.continueBlock();
            if (index > 0 && line.ownName() != null) {
                table.mergeDown(NAME, nameStart, row - 1);
                nameStart = row;
                table.text(row, NAME, line.ownName());
            }
            table.text(row, MILESTONE, line.milestone());
            table.centred(row, UNITS, line.unitsText());
            table.centred(row, PERSONS, line.personsText());
        }
        int last = table.nextRow() - 1;
        table.mergeDown(NUMBER, first, last);
        table.mergeDown(NAME, nameStart, last);
        for (int column = DONE; column <= NEXT_STEPS; column++) {
            table.mergeDown(column, first, last);
        }
    }
}
