package org.qiyouxiang.app.service;

import static org.qiyouxiang.app.excel.PlainSheet.longText;
import static org.qiyouxiang.app.excel.PlainSheet.number;
import static org.qiyouxiang.app.excel.PlainSheet.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.core.Quarters;
import org.qiyouxiang.app.core.progress.ChangeTexts;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.excel.PlainSheet;
import org.qiyouxiang.db.model.ChangeLogEntry;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/** The all-data workbook's 说明, 工作清单, 季度进展 and 修改记录 sheets, in the clerk's words. */
final class AllDataSheets {

    private AllDataSheets() {
    }

    /** 说明: what the file is, the programme, when it was exported, and how much each sheet holds. */
    static PlainSheet notes(AllData data, AllDataExport counts, LocalDateTime exportedAt) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(line("alldata.notes.about", Messages.get("alldata.notes.aboutText")));
        rows.add(line("alldata.notes.programme", data.programme().name()));
        rows.add(line("alldata.notes.years", Messages.get("alldata.notes.yearsText", data.programme().firstYear(),
                data.programme().lastYear(), data.programme().baselineYear())));
        rows.add(line("alldata.notes.exportedAt", ChangeTexts.when(exportedAt)));
        rows.add(line("alldata.sheet.workList", itemCounts(data, counts)));
        rows.add(line("alldata.sheet.progress", Messages.get("alldata.notes.rows", counts.progressRows())));
        rows.add(line("alldata.sheet.indicators", Messages.get("alldata.notes.indicators", counts.indicators())));
        rows.add(line("alldata.sheet.actuals", Messages.get("alldata.notes.rows", counts.actuals())));
        if (counts.projects() > 0) {
            rows.add(line("alldata.sheet.projects", Messages.get("alldata.notes.indicators", counts.projects())));
        }
        rows.add(line("alldata.sheet.changes", Messages.get("alldata.notes.rows", counts.changes())));
        return new PlainSheet(Messages.get("alldata.sheet.notes"),
                List.of(text(Messages.get("alldata.notes.topic")), longText(Messages.get("alldata.notes.content"))),
                rows, false);
    }

    /** 工作清单: every year's items in the list's order, one row each, milestones as written. */
    static PlainSheet workList(AllData data) {
        List<PlainSheet.Column> columns = new ArrayList<>(List.of(number(header("year")), text(header("area")),
                text(header("kind")), text(header("number")), longText(header("name"))));
        for (int q = 1; q <= 4; q++) {
            columns.add(longText(Quarters.label(q)));
        }
        columns.addAll(List.of(text(header("leadUnit")), text(header("persons")), number(header("id"))));
        List<List<Object>> rows = new ArrayList<>();
        for (WorkList list : data.lists()) {
            for (WorkItem item : list.items()) {
                List<Object> row = new ArrayList<>(Arrays.asList(list.year(), blank(item.area()), blank(item.kindText()),
                        blank(item.number()), blank(item.name())));
                for (int q = 1; q <= 4; q++) {
                    row.add(blank(milestones(item, q)));
                }
                row.add(blank(String.join("、", item.units())));
                row.add(blank(String.join("、", item.persons())));
                row.add(item.id());
                rows.add(row);
            }
        }
        return new PlainSheet(Messages.get("alldata.sheet.workList"), columns, rows, true);
    }

    /** 季度进展: every quarter with something stored, with the status shown in the progress table. */
    static PlainSheet progress(AllData data, LocalDate today) {
        List<PlainSheet.Column> columns = List.of(number(header("year")), text(header("quarter")),
                text(header("area")), text(header("number")), longText(header("name")), longText(header("doneText")),
                text(header("status")), text(header("statusSource")), longText(header("overrideReason")),
                number(header("percent")), longText(header("problems")), longText(header("nextSteps")),
                text(header("updatedAt")), number(header("id")));
        List<List<Object>> rows = new ArrayList<>();
        for (WorkList list : data.lists()) {
            List<QuarterProgress> stored = data.progressOf(list);
            ProgressBook book = ProgressBook.of(list, stored, Map.of());
            for (WorkItem item : list.items()) {
                for (int q = 1; q <= 4; q++) {
                    QuarterProgress p = book.progress(item.id(), q);
                    if (!p.isEmpty()) {
                        rows.add(progressRow(list.year(), book.row(item.id(), q, today)));
                    }
                }
            }
        }
        return new PlainSheet(Messages.get("alldata.sheet.progress"), columns, rows, true);
    }

    private static List<Object> progressRow(int year, QuarterRow row) {
        QuarterProgress p = row.progress();
        WorkItem item = row.item();
        String reason = row.overridden() ? p.status().reason() : null;
        return Arrays.asList(year, Quarters.label(row.quarter()), blank(item.area()), blank(item.number()),
                blank(item.name()), p.doneText(), row.statusLabel(), statusSource(row), reason, p.percent(),
                p.problems(), p.nextSteps(), blank(ChangeTexts.when(p.updatedAt())), item.id());
    }

    /** 人工改判, 已确认 or 规则建议; nothing when there is no status yet (待判断, 未报送). */
    private static String statusSource(QuarterRow row) {
        if (row.overridden()) {
            return Messages.get("alldata.statusSource.overridden");
        }
        if (row.statusStored()) {
            return Messages.get("alldata.statusSource.confirmed");
        }
        return row.status() == null ? null : Messages.get("alldata.statusSource.proposed");
    }

    /** 修改记录: the whole change log, newest first, as the 修改记录 window words it. */
    static PlainSheet changes(AllData data) {
        List<PlainSheet.Column> columns = List.of(text(Messages.get("changelog.column.when")),
                text(Messages.get("changelog.column.actor")), text(Messages.get("changelog.column.action")),
                longText(Messages.get("changelog.column.what")), text(Messages.get("changelog.column.field")),
                longText(Messages.get("changelog.column.before")), longText(Messages.get("changelog.column.after")));
        List<List<Object>> rows = new ArrayList<>();
        for (ChangeLogEntry e : data.changes()) {
            rows.add(Arrays.asList(blank(ChangeTexts.when(e.changedAt())), e.actor(),
                    ChangeTexts.action(e.action(), e.entity()), e.summary(), blank(ChangeTexts.field(e.field())),
                    blank(ChangeTexts.value(e.field(), e.oldValue())), blank(ChangeTexts.value(e.field(), e.newValue()))));
        }
        return new PlainSheet(Messages.get("alldata.sheet.changes"), columns, rows, true);
    }

    /**
     * The milestones of a quarter over all the item's lines, as written, a line's own name before its text. A
     * milestone over several quarters is written in its first; the others say （见一季度） (see the first quarter), where the official sheet merges the cells.
     */
    static String milestones(WorkItem item, int quarter) {
        Set<String> texts = new LinkedHashSet<>();
        for (ItemLine line : item.lines()) {
            line.milestoneFor(quarter).filter(m -> !m.text().isBlank()).ifPresent(m -> {
                String text = m.fromQuarter() < quarter
                        ? Messages.get("alldata.sameAs", Quarters.label(m.fromQuarter())) : m.text();
                texts.add(line.ownName() == null || line.ownName().isBlank() ? text : line.ownName() + "：" + text);
            });
        }
        return String.join("\n", texts);
    }

    static String header(String key) {
        return Messages.get("alldata.column." + key);
    }

    /** An empty text is no value: the cell stays empty. */
    static String blank(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static List<Object> line(String topicKey, String content) {
        return Arrays.asList(Messages.get(topicKey), blank(content));
    }

    private static String itemCounts(AllData data, AllDataExport counts) {
        List<String> years = data.lists().stream()
                .map(l -> Messages.get("alldata.notes.itemsOfYear", l.year(), l.items().size())).toList();
        String total = Messages.get("alldata.notes.items", counts.workItems());
        return years.size() <= 1 ? total : total + Messages.get("alldata.notes.byYear", String.join("，", years));
    }
}
