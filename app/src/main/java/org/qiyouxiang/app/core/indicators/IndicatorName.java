package org.qiyouxiang.app.core.indicators;

import java.util.Objects;

/**
 * An indicator's name cell read apart: the core mark, the name as written and the unit of measure.
 *
 * @param written the cell as written, the * included: {@code *每千人口拥有3岁以下婴幼儿托位数(个)}
 * @param core    whether a * marked it a province core indicator
 * @param name    the name as written without the mark, unit bracket included
 * @param unit    the unit of measure from the trailing bracket ({@code 个}, {@code %}, {@code 套(间)}), or null
 * @param key     the name reduced for matching the same indicator across tables (see {@link IndicatorNames#key})
 */
public record IndicatorName(String written, boolean core, String name, String unit, String key) {

    public IndicatorName {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
    }

    /** The name with its core mark, as the documents print it. */
    public String withMark() {
        return core ? IndicatorNames.CORE_MARK + name : name;
    }
}
