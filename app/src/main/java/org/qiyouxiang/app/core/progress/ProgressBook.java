package org.qiyouxiang.app.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qiyouxiang.app.core.LongIntMap;
import org.qiyouxiang.db.model.ItemLine;
import org.qiyouxiang.db.model.Milestone;
import org.qiyouxiang.db.model.QuarterProgress;
import org.qiyouxiang.db.model.Quarter;
import org.qiyouxiang.db.model.WorkItem;
import org.qiyouxiang.db.model.WorkList;

/**
 * A year's work list with the progress of every item in every quarter, loaded once; the progress
 * table's rows for any quarter are computed from it without the database. Milestone numbers are read
 * once when the book is made, report numbers when progress is put in, so switching quarters is cheap.
 * Not thread-safe: one thread (the FX thread) reads and puts.
 */
public final class ProgressBook {

    private final WorkList list;
    private final Map<String, List<String>> unitAliases;
    private final LongIntMap positions;
    private final Plan[][] plans;
    private final QuarterProgress[][] progress;
    private final Reported[][] reported;
    private final List<List<String>> units;
    private final List<List<String>> persons;

    private ProgressBook(WorkList list, Map<String, List<String>> unitAliases) {
        this.list = list;
        this.unitAliases = Map.copyOf(unitAliases);
        int n = list.items().size();
        positions = new LongIntMap(n);
        plans = new Plan[n][4];
        progress = new QuarterProgress[n][4];
        reported = new Reported[n][4];
        units = list.items().stream().map(WorkItem::units).toList();
        persons = list.items().stream().map(WorkItem::persons).toList();
    }

    /**
     * @param list        a stored list (items have ids)
     * @param stored      the progress stored for its items, any order
     * @param unitAliases unit name to its other spellings (县卫健局 → 县卫生健康局), for search
     */
    public static ProgressBook of(WorkList list, Collection<QuarterProgress> stored,
                                  Map<String, List<String>> unitAliases) {
        ProgressBook book = new ProgressBook(list, unitAliases);
        Map<String, List<Figure>> figures = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            WorkItem item = list.items().get(i);
            book.positions.put(item.id(), i);
            for (int q = 1; q <= 4; q++) {
                book.plans[i][q - 1] = planFor(item, q, figures);
                book.setProgress(i, QuarterProgress.empty(item.id(), q));
            }
        }
        stored.forEach(book::put);
        return book;
    }

    public int year() {
        return list.year();
    }

    public WorkList workList() {
        return list;
    }

    public List<WorkItem> items() {
        return list.items();
    }

    public Map<String, List<String>> unitAliases() {
        return unitAliases;
    }

    public Optional<WorkItem> item(long itemId) {
        int i = positions.get(itemId);
        return i == LongIntMap.ABSENT ? Optional.empty() : Optional.of(list.items().get(i));
    }

    public Plan plan(long itemId, int quarter) {
        return plans[position(itemId)][quarter - 1];
    }

    public QuarterProgress progress(long itemId, int quarter) {
        return progress[position(itemId)][quarter - 1];
    }

    /** Takes in what the service stored (after a save, an undo); progress of items not in the book is ignored. */
    public void put(QuarterProgress stored) {
        int i = positions.get(stored.workItemId());
        if (i != LongIntMap.ABSENT) {
            setProgress(i, stored);
        }
    }

    /** The table's rows for a quarter, in the list's order, with the status proposed as of {@code today}. */
    public List<QuarterRow> rows(int quarter, LocalDate today) {
        Quarter q = new Quarter(list.year(), quarter);
        List<QuarterRow> rows = new ArrayList<>(list.items().size());
        for (int i = 0; i < list.items().size(); i++) {
            rows.add(row(i, q, today));
        }
        return rows;
    }

    public QuarterRow row(long itemId, int quarter, LocalDate today) {
        return row(position(itemId), new Quarter(list.year(), quarter), today);
    }

    /** Lead units of all items, each once, in the list's order: the choices of the unit filter. */
    public List<String> units() {
        Set<String> units = new LinkedHashSet<>();
        list.items().forEach(item -> units.addAll(item.units()));
        return List.copyOf(units);
    }

    public List<String> persons() {
        Set<String> persons = new LinkedHashSet<>();
        list.items().forEach(item -> persons.addAll(item.persons()));
        return List.copyOf(persons);
    }

    private QuarterRow row(int i, Quarter q, LocalDate today) {
        int k = q.quarter() - 1;
        Proposal proposal = StatusProposal.propose(plans[i][k], q, today, reported[i][k]);
        return new QuarterRow(list.items().get(i), q.quarter(), plans[i][k], progress[i][k], proposal, units.get(i),
                persons.get(i), today.isAfter(q.lastDay()));
    }

    private void setProgress(int i, QuarterProgress p) {
        progress[i][p.quarter() - 1] = p;
        reported[i][p.quarter() - 1] = p.reported() ? Reported.of(p) : Reported.NOTHING;
    }

    /** The item's place in the list (and in {@link #rows}), or {@link LongIntMap#ABSENT}. */
    public int indexOf(long itemId) {
        return positions.get(itemId);
    }

    private int position(long itemId) {
        int i = positions.get(itemId);
        if (i == LongIntMap.ABSENT) {
            throw new IllegalArgumentException("no item " + itemId + " in the list of " + list.year());
        }
        return i;
    }

    /**
     * The plan of an item's quarter from all its lines: "/" when every line says so, otherwise the planned
     * texts joined, due at the latest end of their spans, last when no later quarter has a plan.
     */
    static Plan planFor(WorkItem item, int quarter, Map<String, List<Figure>> figureCache) {
        int lastPlanned = 0;
        List<Milestone> covering = new ArrayList<>();
        for (ItemLine line : item.lines()) {
            for (Milestone m : line.milestones()) {
                if (!m.noPlan()) {
                    lastPlanned = Math.max(lastPlanned, m.toQuarter());
                }
            }
            line.milestoneFor(quarter).ifPresent(covering::add);
        }
        List<Milestone> planned = covering.stream().filter(m -> !m.noPlan() && !m.text().isBlank()).toList();
        if (planned.isEmpty()) {
            return covering.stream().filter(Milestone::noPlan).findFirst()
                    .map(m -> new Plan(m.text(), quarter, false, List.of()))
                    .orElse(Plan.none());
        }
        List<String> texts = planned.stream().map(Milestone::text).distinct().toList();
        // One milestone's text is kept as it is, not copied: 40,000 item quarters at 10,000 items.
        String text = texts.size() == 1 ? texts.get(0) : String.join("\n", texts);
        int due = planned.stream().mapToInt(Milestone::toQuarter).max().orElse(quarter);
        List<Figure> figures = figureCache.computeIfAbsent(text, MilestoneNumbers::read);
        return new Plan(text, due, due >= lastPlanned, figures);
    }
}
