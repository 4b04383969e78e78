package org.qiyouxiang.app.service;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.qiyouxiang.app.core.indicators.IndicatorNames;
import org.qiyouxiang.db.ChangeLogRepository;
import org.qiyouxiang.db.IndicatorRepository;
import org.qiyouxiang.db.model.ChangeRecord;
import org.qiyouxiang.db.model.Indicator;

/**
 * The names under which a programme's indicators are known: each one's normalised name, and the
 * normalised names it had before the clerk renamed it (from the change log), so that a table written
 * with the old name still finds it.
 */
final class IndicatorIdentities {

    static final String NAME_FIELD = "name";

    private IndicatorIdentities() {
    }

    /** Normalised name to indicator id; a current name wins over a former name of another indicator. */
    static Map<String, Long> of(DSLContext dsl, long programmeId) {
        Map<String, Long> ids = new HashMap<>();
        Map<Long, Indicator> indicators = new HashMap<>();
        for (Indicator indicator : new IndicatorRepository(dsl).all(programmeId)) {
            indicators.put(indicator.id(), indicator);
            ids.put(indicator.normalizedName(), indicator.id());
        }
        for (ChangeRecord rename : new ChangeLogRepository(dsl).ofField(ChangeLogger.INDICATOR, NAME_FIELD)) {
            if (rename.oldValue() != null && indicators.containsKey(rename.entityId())) {
                ids.putIfAbsent(IndicatorNames.key(rename.oldValue()), rename.entityId());
            }
        }
        return ids;
    }
}
