package org.qiyouxiang.app.service;

import org.qiyouxiang.app.core.targets.Direction;

/**
 * What the clerk may change of an indicator besides its targets; every field is written.
 *
 * @param name      the name as the documents write it, unit bracket included, without the core mark
 * @param unit      the unit of measure, or null/blank for none
 * @param core      a province core indicator (*)
 * @param direction which way it improves; once chosen here, imports no longer infer it
 * @param leadUnit  the lead unit (an alias such as 县卫生健康局 is stored under its unit), or null/blank for none
 */
public record IndicatorEdit(String name, String unit, boolean core, Direction direction, String leadUnit) {

    /** The indicator as it is, for a dialog to start from. */
    public static IndicatorEdit of(IndicatorRow row) {
        return new IndicatorEdit(row.name(), row.unit(), row.core(), row.direction(), row.leadUnit());
    }
}
