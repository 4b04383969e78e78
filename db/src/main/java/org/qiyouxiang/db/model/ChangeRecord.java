package org.qiyouxiang.db.model;

import java.time.LocalDateTime;

/**
 * One line of the change log (留痕): who changed which field of what, from which value to which.
 *
 * @param entity     what was changed: {@code indicator}, {@code indicator_target}, {@code indicator_actual}, …
 * @param entityId   the changed row's id (for targets and actuals: their indicator's id), or null
 * @param workItemId the work item concerned, or null
 * @param field      the field, e.g. {@code name} or {@code 2024Q2}, or null for a summary line
 * @param summary    a sentence for the clerk, in the words of the app
 */
public record ChangeRecord(LocalDateTime changedAt, String actor, String entity, Long entityId, Long workItemId,
                           String field, String oldValue, String newValue, String summary) {
}
