package org.qiyouxiang.db;

import static org.qiyouxiang.db.jooq.Tables.REPORT_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Named settings kept with the data (the office's name on the report), one text each. */
public final class SettingRepository {

    private final DSLContext dsl;

    public SettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> find(String name) {
        return dsl.select(REPORT_SETTING.SETTING_VALUE).from(REPORT_SETTING).where(REPORT_SETTING.SETTING_NAME.eq(name))
                .fetchOptional(REPORT_SETTING.SETTING_VALUE);
    }

    /** Sets a value, or removes it when {@code value} is null. */
    public void put(String name, String value) {
        if (value == null) {
            dsl.deleteFrom(REPORT_SETTING).where(REPORT_SETTING.SETTING_NAME.eq(name)).execute();
            return;
        }
        dsl.mergeInto(REPORT_SETTING).using(dsl.selectOne())
                .on(REPORT_SETTING.SETTING_NAME.eq(name))
                .whenMatchedThenUpdate().set(REPORT_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(REPORT_SETTING.SETTING_NAME, REPORT_SETTING.SETTING_VALUE).values(name, value)
                .execute();
    }
}
