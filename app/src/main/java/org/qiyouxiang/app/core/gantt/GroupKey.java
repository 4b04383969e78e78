package org.qiyouxiang.app.core.gantt;

import java.util.Objects;
import org.qiyouxiang.db.model.ItemKind;

/** Names a group of rows: an area (kind null) or a kind within an area. */
public record GroupKey(String area, ItemKind kind) {

    public GroupKey {
        Objects.requireNonNull(area, "area");
    }

    public static GroupKey area(String area) {
        return new GroupKey(area, null);
    }

    public boolean isArea() {
        return kind == null;
    }

    /** 0 for an area, 1 for a kind inside it. */
    public int level() {
        return isArea() ? 0 : 1;
    }

    public GroupKey areaKey() {
        return isArea() ? this : area(area);
    }
}
