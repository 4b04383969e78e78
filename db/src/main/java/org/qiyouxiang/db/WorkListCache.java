package org.qiyouxiang.db;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.qiyouxiang.db.model.WorkList;

/**
 * The work lists some view holds, by list id, so that the tree, the progress table and the Gantt share one
 * copy of a year's items instead of reading and keeping one each. Safe because a stored list never changes
 * under its id: an import, an undo or a year copy stores a new list with a new id; a deleted list's header
 * is no longer found. Entries go when no view holds the list any more (weak references).
 */
public final class WorkListCache {

    private final Map<Long, WeakReference<WorkList>> lists = new HashMap<>();

    synchronized Optional<WorkList> get(long listId) {
        WeakReference<WorkList> held = lists.get(listId);
        return Optional.ofNullable(held == null ? null : held.get());
    }

    synchronized void put(long listId, WorkList list) {
        lists.values().removeIf(held -> held.get() == null);
        lists.put(listId, new WeakReference<>(list));
    }
}
