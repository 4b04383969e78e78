package org.qiyouxiang.db.model;

import java.time.LocalDateTime;

/** A stored year's work list without its items: what the tree and the year selector need. */
public record WorkListSummary(long id, long programmeId, int year, String title, String sourceFile,
                              LocalDateTime importedAt, int itemCount) {
}
