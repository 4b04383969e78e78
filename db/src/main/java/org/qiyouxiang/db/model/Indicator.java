package org.qiyouxiang.db.model;

/**
 * A measured quantity of the programme (指标), one row however many tables and years name it.
 *
 * @param id             null for an indicator not yet stored
 * @param area           the area's name (领域), or null
 * @param number         the 序号 as written in the five-year table (or the first table that named it)
 * @param name           the name as written, without the core mark, unit bracket included: 普惠托位占比(%)
 * @param normalizedName the name reduced for matching across tables (see app.core.indicators.IndicatorNames)
 * @param unit           the unit of measure from the name's trailing bracket (%, 个, 万人次), or null
 * @param core           a province core indicator, marked * in the documents
 * @param direction      {@code HIGHER} or {@code LOWER}: which way the indicator improves
 * @param leadUnit       the lead unit's (canonical) name, or null
 * @param baseline       the baseline cell (2022年) exactly as written; null when the five-year table has not
 *                       been imported, "" when its cell was empty
 * @param sortOrder      position in the programme's list, the five-year table's order first
 */
public record Indicator(
        Long id,
        String area,
        String number,
        String name,
        String normalizedName,
        String unit,
        boolean core,
        String direction,
        String leadUnit,
        String baseline,
        int sortOrder) {

    public static final String HIGHER = "HIGHER";
    public static final String LOWER = "LOWER";
}
