package org.qiyouxiang.app.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qiyouxiang.app.core.ImportProblem;
import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.app.service.ImportPreview;
import org.qiyouxiang.app.service.IndicatorImportPreview;
import org.qiyouxiang.app.service.PendingImport;
import org.qiyouxiang.db.model.ItemKind;

/**
 * What the import preview shows for any of the three tables, as plain texts: facts, a table of
 * counts per area, notes, warnings, and what would be replaced.
 */
public record ImportSummary(String fileName, String tableName, String title, String yearText, String totalText,
                            String replaceText, List<String> columns, List<List<String>> rows, List<String> notes,
                            List<String> warnings) {

    public ImportSummary {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    public static ImportSummary of(PendingImport pending) {
        if (pending instanceof PendingImport.WorkList workList) {
            return workList(workList.preview());
        }
        if (pending instanceof PendingImport.ReturnedForms forms) {
            return forms(forms);
        }
        return indicators(((PendingImport.Indicators) pending).preview());
    }

    static ImportSummary workList(ImportPreview preview) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<ItemKind, Integer>> area : preview.countsByArea().entrySet()) {
            Map<ItemKind, Integer> counts = area.getValue();
            int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
            rows.add(List.of(area.getKey(), count(counts, ItemKind.KEY_INDICATOR), count(counts, ItemKind.KEY_TASK),
                    count(counts, ItemKind.LIVELIHOOD), String.valueOf(sum)));
        }
        return new ImportSummary(preview.file().getFileName().toString(), Messages.get("table.WORK_LIST"),
                title(preview.workList().title()), Messages.get("tree.year", preview.year()),
                Messages.get("preview.totalText", preview.countsByArea().size(), preview.itemCount()),
                preview.yearExists() ? Messages.get("preview.replace", preview.year()) : null,
                List.of(Messages.get("preview.area"), Messages.get("kind.KEY_INDICATOR"), Messages.get("kind.KEY_TASK"),
                        Messages.get("kind.LIVELIHOOD"), Messages.get("preview.sum")),
                rows, List.of(), describe(preview.warnings()));
    }

    static ImportSummary indicators(IndicatorImportPreview preview) {
        List<List<String>> rows = new ArrayList<>();
        preview.countsByArea().forEach((area, n) -> rows.add(List.of(area, String.valueOf(n))));
        String table = Messages.get("table." + preview.kind().name());
        String replace = null;
        if (preview.alreadyImported()) {
            replace = preview.year() == null ? Messages.get("preview.indicators.replaceFiveYear")
                    : Messages.get("preview.indicators.replaceKey", preview.year());
        }
        List<String> notes = List.of(Messages.get("preview.indicators.matched", preview.matchedCount(),
                preview.newCount()));
        return new ImportSummary(preview.file().getFileName().toString(), table, title(preview.table().title()),
                preview.year() == null ? Messages.get("preview.indicators.fiveYears")
                        : Messages.get("tree.year", preview.year()),
                Messages.get("preview.indicators.total", preview.countsByArea().size(), preview.indicatorCount()),
                replace, List.of(Messages.get("preview.indicators.area"), Messages.get("preview.indicators.count")),
                rows, notes, describe(preview.warnings()));
    }

    /** Returned fill-in forms: one row per file with its unit and the number of changes. */
    static ImportSummary forms(PendingImport.ReturnedForms pending) {
        List<List<String>> rows = new ArrayList<>();
        pending.batch().files().forEach(f -> rows.add(List.of(f.file().getFileName().toString(),
                f.unit() == null ? Messages.get("item.none") : f.unit(), String.valueOf(f.changes().size()))));
        List<String> notes = pending.batch().changes().stream().map(c -> Messages.get("form.preview.change",
                c.rowNumber(), c.itemName(), Messages.get("progress.field." + c.change().field().name()),
                empty(c.before()), empty(c.after()))).toList();
        return new ImportSummary(pending.file().getFileName().toString(), Messages.get("table.RETURNED_FORM"),
                Messages.get("item.none"), pending.year() == null ? "" : Messages.get("tree.year", pending.year()),
                Messages.get("form.import.summary", pending.batch().files().size(), pending.batch().changes().size(),
                        pending.batch().problemCount()), null,
                List.of(Messages.get("preview.file"), Messages.get("report.header.units"),
                        Messages.get("preview.total")), rows, notes, describe(pending.warnings()));
    }

    private static String empty(String text) {
        return text == null || text.isEmpty() ? Messages.get("form.preview.empty") : text;
    }

    private static String count(Map<ItemKind, Integer> counts, ItemKind kind) {
        return String.valueOf(counts.getOrDefault(kind, 0));
    }

    private static String title(String title) {
        return title == null ? Messages.get("item.none") : title;
    }

    private static List<String> describe(List<ImportProblem> warnings) {
        return warnings.stream().map(ImportProblem::describe).toList();
    }
}
