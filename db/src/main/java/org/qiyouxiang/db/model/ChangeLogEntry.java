package org.qiyouxiang.db.model;

import java.time.LocalDateTime;

/**
 * One row of the change log (留痕): who changed what, from which value to which, and when.
 * {@code entity} is the table ({@code quarter_progress}, {@code work_list}), {@code field} its column;
 * values are written as text. {@code id} is null for an entry not yet stored.
 */
public record ChangeLogEntry(
        Long id,
        LocalDateTime changedAt,
        String actor,
        String action,
        String entity,
        Long entityId,
        Long workItemId,
        Integer quarter,
        String field,
        String oldValue,
        String newValue,
        String summary) {
}
