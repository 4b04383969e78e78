package org.qiyouxiang.app.core.gantt;

/**
 * Where the chart learns each item's quarterly status and progress texts. The progress backend will
 * implement it over its stored quarter progress; until then {@link #NONE} leaves every quarter
 * unjudged, so that a planned quarter shows as 未开始 and a "/" quarter as 无计划.
 */
@FunctionalInterface
public interface QuarterFactsSource {

    QuarterFactsSource NONE = (itemId, quarter) -> QuarterFacts.NONE;

    /**
     * @param itemId  the stored work item's id
     * @param quarter 1–4 of the item's year
     * @return never null; {@link QuarterFacts#NONE} when nothing is known
     */
    QuarterFacts facts(long itemId, int quarter);
}
