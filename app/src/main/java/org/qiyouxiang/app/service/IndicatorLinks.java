package org.qiyouxiang.app.service;

import java.util.Map;
import org.jooq.DSLContext;
import org.qiyouxiang.app.core.indicators.IndicatorNames;
import org.qiyouxiang.db.IndicatorRepository;
import org.qiyouxiang.db.model.WorkItemName;

/**
 * Links the work list's key-indicator items (重点指标) to the indicator of the same name, after either
 * import. The work list writes names without the unit bracket (每千常住人口执业（助理）医师数), the tables
 * with it; the normalised name matches them. Links already made are kept.
 */
final class IndicatorLinks {

    private IndicatorLinks() {
    }

    /** Links what can be linked, inside the caller's transaction; returns how many items were linked now. */
    static int link(DSLContext dsl, long programmeId) {
        Map<String, Long> identities = IndicatorIdentities.of(dsl, programmeId);
        IndicatorRepository indicators = new IndicatorRepository(dsl);
        int linked = 0;
        for (WorkItemName item : indicators.keyIndicatorItems(programmeId)) {
            Long indicatorId = identities.get(IndicatorNames.key(item.name()));
            if (item.indicatorId() == null && indicatorId != null) {
                indicators.link(item.id(), indicatorId);
                linked++;
            }
        }
        return linked;
    }
}
