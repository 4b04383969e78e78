package org.qiyouxiang.app.core.indicators;

import java.util.Map;

/** The column letters (A, B, …) of a sheet's indicator table, for messages; null where the table has no such column. */
public record IndicatorColumnLetters(String area, String number, String name, Map<Integer, String> values,
                                     String leadUnit) {

    public IndicatorColumnLetters {
        values = Map.copyOf(values);
    }
}
