package org.qiyouxiang.db.model;

import java.time.LocalDateTime;

/**
 * A fill-in form (填报表) of a lead unit for a quarter: when it was generated (sent), when a filled-in copy
 * came back (returned) and when its changes were stored (imported). Times are null until it happens.
 */
public record FormDispatch(int year, int quarter, String unit, int itemCount, String fileName,
                           LocalDateTime generatedAt, LocalDateTime returnedAt, String returnedFile,
                           LocalDateTime importedAt, Integer changeCount) {
}
