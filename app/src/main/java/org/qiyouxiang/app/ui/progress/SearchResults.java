package org.qiyouxiang.app.ui.progress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.core.search.SearchHit;
import org.qiyouxiang.app.core.search.SearchIndex;
import org.qiyouxiang.db.model.QuarterProgress;

/**
 * The loaded year's search index and what the clerk's query found in it: which items to show, and
 * where in their cells to highlight. Searched again when the query, the year or a saved text changes.
 */
final class SearchResults {

    private SearchIndex index;
    private String query = "";
    private Map<Long, SearchHit> hits = Map.of();

    /** A newly loaded year (null: none); the query stays. */
    void index(SearchIndex loaded) {
        index = loaded;
        search();
    }

    void query(String text) {
        query = text == null ? "" : text;
        search();
    }

    /** A saved quarter's texts are searched from now on. */
    void update(List<QuarterProgress> saved, java.util.function.LongPredicate inYear) {
        if (index == null) {
            return;
        }
        saved.stream().filter(p -> inYear.test(p.workItemId())).forEach(index::update);
        search();
    }

    /** The items found; null when there is no query (everything shows). */
    Set<Long> found() {
        return query.isBlank() ? null : hits.keySet();
    }

    /**
     * How many of these rows the search found only in another quarter's texts (a milestone or a report): they
     * show with nothing highlighted, so the count says why they are there.
     */
    int foundInOtherQuarters(List<QuarterRow> rows) {
        if (query.isBlank()) {
            return 0;
        }
        int elsewhere = 0;
        for (QuarterRow row : rows) {
            SearchHit hit = hits.get(row.itemId());
            if (hit != null && hit.matches().stream()
                    .allMatch(m -> m.field().hasQuarter() && m.quarter() != row.quarter())) {
                elsewhere++;
            }
        }
        return elsewhere;
    }

    List<int[]> highlights(QuarterRow row, ProgressColumn column) {
        SearchHit hit = hits.get(row.itemId());
        return hit == null ? List.of() : Highlights.of(hit, row, column);
    }

    private void search() {
        if (index == null || query.isBlank()) {
            hits = Map.of();
            return;
        }
        Map<Long, SearchHit> found = new HashMap<>();
        index.search(query).forEach(hit -> found.put(hit.itemId(), hit));
        hits = found;
    }
}
