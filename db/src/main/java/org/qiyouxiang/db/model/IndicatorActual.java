package org.qiyouxiang.db.model;

import java.time.LocalDate;

/**
 * What a unit reported for an indicator in a quarter, as written ("2.65", "职工84%；城乡居民65%"),
 * with the date of the report and the clerk's note (either may be null).
 */
public record IndicatorActual(long indicatorId, int year, int quarter, String text, LocalDate reportedOn,
                              String note) {
}
