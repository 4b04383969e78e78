package org.qiyouxiang.app.core.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.qiyouxiang.app.core.HalfWidth;
import org.qiyouxiang.app.core.LongIntMap;
import org.qiyouxiang.app.core.progress.Plan;
import org.qiyouxiang.app.core.progress.ProgressBook;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.WorkItem;

/**
 * Finds work items by what the clerk remembers of them: a part of a name, milestone, report, unit or
 * person, in Chinese characters or in pinyin ({@link TermMatcher}); a unit also by its other spellings
 * (县卫生健康局 finds the items of 县卫健局). Several terms separated by spaces must all match the item,
 * each anywhere. Built once per load; {@link #update} keeps it current when progress is saved.
 * Not thread-safe: build it, then use it from one thread.
 */
public final class SearchIndex {

    /** At most this many places are highlighted per text. */
    private static final int MATCHES_PER_TEXT = 20;

    private static final int[][] NO_MATCH = new int[0][];
    private static final int FIELDS = SearchField.values().length;

    private final Docs docs = new Docs();
    /** Each distinct searched text once (unit and person names recur on thousands of items), lower-cased. */
    private final DistinctTexts texts = new DistinctTexts();
    /** Each item's place in the list: hits come in it, though a progress text first saved later is last in {@code docs}. */
    private final LongIntMap order = new LongIntMap();
    /** Where each item quarter's progress texts are in {@code docs}, by {@link #progressKey}. */
    private final LongIntMap progressDocs = new LongIntMap();

    private SearchIndex() {
    }

    public static SearchIndex of(ProgressBook book) {
        SearchIndex index = new SearchIndex();
        Map<String, List<String>> aliases = book.unitAliases();
        for (WorkItem item : book.items()) {
            index.order.put(item.id(), index.order.size());
            index.add(item.id(), SearchField.NAME, 0, item.name(), null);
            for (ItemLine line : item.lines()) {
                if (line.ownName() != null && !line.ownName().equals(item.name())) {
                    index.add(item.id(), SearchField.LINE_NAME, 0, line.ownName(), null);
                }
            }
            for (int q = 1; q <= 4; q++) {
                Plan plan = book.plan(item.id(), q);
                if (!plan.isNone() && !plan.isNoPlan()) {
                    index.add(item.id(), SearchField.MILESTONE, q, plan.text(), null);
                }
            }
            for (String unit : item.units()) {
                index.add(item.id(), SearchField.UNIT, 0, unit, null);
                for (String alias : aliases.getOrDefault(unit, List.of())) {
                    index.add(item.id(), SearchField.UNIT, 0, unit, alias);
                }
            }
            item.persons().forEach(p -> index.add(item.id(), SearchField.PERSON, 0, p, null));
            for (int q = 1; q <= 4; q++) {
                index.update(book.progress(item.id(), q));
            }
        }
        index.docs.trim();
        index.texts.trim();
        return index;
    }

    /** Re-indexes the texts of an item's quarter after they were saved. */
    public void update(QuarterProgress p) {
        put(p.workItemId(), SearchField.DONE_TEXT, p.quarter(), p.doneText());
        put(p.workItemId(), SearchField.PROBLEMS, p.quarter(), p.problems());
        put(p.workItemId(), SearchField.NEXT_STEPS, p.quarter(), p.nextSteps());
    }

    /** The items matching every term of the query, in the list's order; none for a blank query. */
    public List<SearchHit> search(String query) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SearchMatch>> found = null;
        for (String term : terms) {
            Map<Long, List<SearchMatch>> byTerm = searchTerm(new TermMatcher(term));
            if (found == null) {
                found = byTerm;
            } else {
                found.keySet().retainAll(byTerm.keySet());
                for (Map.Entry<Long, List<SearchMatch>> e : found.entrySet()) {
                    byTerm.get(e.getKey()).stream().filter(m -> !e.getValue().contains(m)).forEach(e.getValue()::add);
                }
            }
        }
        List<SearchHit> hits = new ArrayList<>(found.size());
        found.forEach((id, matches) -> hits.add(new SearchHit(id, matches)));
        hits.sort(Comparator.comparingInt(hit -> {
            int at = order.get(hit.itemId());
            return at == LongIntMap.ABSENT ? Integer.MAX_VALUE : at;
        }));
        return hits;
    }

    /** Only the ids, for {@code ItemFilter.withItemIds}; null (no restriction) for a blank query. */
    public Set<Long> itemIds(String query) {
        if (terms(query).isEmpty()) {
            return null;
        }
        Set<Long> ids = new LinkedHashSet<>();
        search(query).forEach(h -> ids.add(h.itemId()));
        return ids;
    }

    /** How many texts are indexed, and how many of them differ. */
    public int size() {
        return docs.size();
    }

    public int distinctTexts() {
        return texts.size();
    }

    private Map<Long, List<SearchMatch>> searchTerm(TermMatcher matcher) {
        Map<Long, List<SearchMatch>> found = new LinkedHashMap<>();
        int[][][] matchesOfText = new int[texts.size()][][];
        List<int[]> ranges = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            int searched = docs.searched(d);
            int[][] matched = matchesOfText[searched];
            if (matched == null) {
                ranges.clear();
                String lower = texts.text(searched);
                if (!lower.isEmpty()) {
                    matcher.find(lower, texts.letters(searched), ranges, MATCHES_PER_TEXT);
                }
                matched = ranges.isEmpty() ? NO_MATCH : ranges.toArray(NO_MATCH);
                matchesOfText[searched] = matched;
            }
            if (matched.length == 0) {
                continue;
            }
            List<SearchMatch> matches = found.computeIfAbsent(docs.itemId(d), id -> new ArrayList<>());
            String text = docs.text(d);
            String alias = docs.alias(d);
            if (alias != null) {
                matches.add(new SearchMatch(docs.field(d), docs.quarter(d), text, 0, text.length(), alias));
            } else {
                for (int[] r : matched) {
                    matches.add(new SearchMatch(docs.field(d), docs.quarter(d), text, r[0], r[1], null));
                }
            }
        }
        return found;
    }

    private void put(long itemId, SearchField field, int quarter, String text) {
        long key = progressKey(itemId, field, quarter);
        int at = progressDocs.get(key);
        if (at == LongIntMap.ABSENT && (text == null || text.isEmpty())) {
            // Most quarters of a year are not reported yet: nothing to find, nothing kept.
            return;
        }
        String shown = text == null ? "" : text;
        int searched = searchedNumber(shown, null);
        if (at == LongIntMap.ABSENT) {
            progressDocs.put(key, docs.add(itemId, field, quarter, shown, null, searched));
        } else {
            docs.set(at, itemId, field, quarter, shown, null, searched);
        }
    }

    private static long progressKey(long itemId, SearchField field, int quarter) {
        return (itemId * FIELDS + field.ordinal()) * 8 + quarter;
    }

    private void add(long itemId, SearchField field, int quarter, String text, String alias) {
        docs.add(itemId, field, quarter, text, alias, searchedNumber(text, alias));
    }

    /** The number of the text as searched: half-width, lower case (unless that changes its length). */
    private int searchedNumber(String text, String alias) {
        String searched = HalfWidth.of(alias != null ? alias : text);
        String lower = searched.toLowerCase(Locale.ROOT);
        if (lower.length() != searched.length()) {
            lower = searched;
        }
        return texts.numberOf(lower);
    }

    private static List<String> terms(String query) {
        if (query == null) {
            return List.of();
        }
        String q = HalfWidth.of(query).toLowerCase(Locale.ROOT).strip();
        return q.isEmpty() ? List.of() : Arrays.stream(q.split("\\s+")).distinct().toList();
    }
}
