package org.qiyouxiang.db.model;

/** A stored work item's id and name, with the indicator it is linked to (or null). */
public record WorkItemName(long id, String name, Long indicatorId) {
}
