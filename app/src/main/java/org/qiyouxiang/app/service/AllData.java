package org.qiyouxiang.app.service;

import java.util.List;
import java.util.Map;
import org.qiyouxiang.db.model.ChangeLogEntry;
import org.qiyouxiang.db.model.Indicator;
import org.qiyouxiang.db.model.IndicatorActual;
import org.qiyouxiang.db.model.IndicatorTarget;
import org.qiyouxiang.db.model.MajorProject;
import org.qiyouxiang.db.model.Programme;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.WorkList;

/**
 * Everything stored, read in one transaction for the all-data workbook.
 *
 * @param lists    every year's work list, oldest year first
 * @param progress what is stored for each list's items, by the list's id
 * @param changes  the whole change log, newest first
 */
record AllData(Programme programme, List<WorkList> lists, Map<Long, List<QuarterProgress>> progress,
               List<Indicator> indicators, List<IndicatorTarget> targets, List<IndicatorActual> actuals,
               List<MajorProject> projects, List<ChangeLogEntry> changes) {

    AllData {
        lists = List.copyOf(lists);
        progress = Map.copyOf(progress);
        indicators = List.copyOf(indicators);
        targets = List.copyOf(targets);
        actuals = List.copyOf(actuals);
        projects = List.copyOf(projects);
        changes = List.copyOf(changes);
    }

    int itemCount() {
        return lists.stream().mapToInt(l -> l.items().size()).sum();
    }

    /** The stored rows that hold anything: a row emptied by an undo is no progress. */
    List<QuarterProgress> progressOf(WorkList list) {
        return progress.getOrDefault(list.id(), List.of()).stream().filter(p -> !p.isEmpty()).toList();
    }

    int progressCount() {
        return lists.stream().mapToInt(l -> progressOf(l).size()).sum();
    }
}
