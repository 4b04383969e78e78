package org.qiyouxiang.app.core.search;

import java.util.List;

/** An item a search found, with every place it matched, in the item's field order. */
public record SearchHit(long itemId, List<SearchMatch> matches) {

    public SearchHit {
        matches = List.copyOf(matches);
    }

    /** The matches to highlight in one field of one quarter (quarter 0 for fields without one). */
    public List<SearchMatch> in(SearchField field, int quarter) {
        return matches.stream().filter(m -> m.field() == field && (!field.hasQuarter() || m.quarter() == quarter))
                .toList();
    }
}
