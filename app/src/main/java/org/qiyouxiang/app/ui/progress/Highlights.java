package org.qiyouxiang.app.ui.progress;

import java.util.ArrayList;
import java.util.List;
import org.qiyouxiang.app.core.progress.QuarterRow;
import org.qiyouxiang.app.core.search.SearchField;
import org.qiyouxiang.app.core.search.SearchHit;
import org.qiyouxiang.app.core.search.SearchMatch;

/**
 * Where a search hit lies in a cell's text as the table shows it: the match's own range for a text
 * column, moved to the unit's or person's place for the joined names (县卫健局、县民政局).
 */
final class Highlights {

    private Highlights() {
    }

    static List<int[]> of(SearchHit hit, QuarterRow row, ProgressColumn column) {
        SearchField field = column.searchField();
        if (field == null) {
            return List.of();
        }
        List<SearchMatch> matches = new ArrayList<>(hit.in(field, row.quarter()));
        if (field == SearchField.NAME) {
            matches.addAll(hit.in(SearchField.LINE_NAME, 0).stream()
                    .filter(m -> m.text().equals(row.item().name())).toList());
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        List<int[]> ranges = new ArrayList<>(matches.size());
        if (field == SearchField.UNIT || field == SearchField.PERSON) {
            List<String> names = field == SearchField.UNIT ? row.units() : row.persons();
            for (SearchMatch match : matches) {
                int at = offsetOf(names, match.text());
                if (at >= 0) {
                    ranges.add(new int[] {at + match.start(), at + match.end()});
                }
            }
        } else {
            String text = column.text(row);
            for (SearchMatch match : matches) {
                if (match.end() <= text.length() && text.startsWith(match.matched(), match.start())) {
                    ranges.add(new int[] {match.start(), match.end()});
                }
            }
        }
        return ranges;
    }

    /** Where a name starts in the names joined by the column's separator; -1 when it is not among them. */
    private static int offsetOf(List<String> names, String name) {
        int at = 0;
        for (String n : names) {
            if (n.equals(name)) {
                return at;
            }
            at += n.length() + ProgressColumn.SEPARATOR.length();
        }
        return -1;
    }
}
