package org.qiyouxiang.app.service;

import org.qiyouxiang.app.core.Messages;
import org.qiyouxiang.db.ProgrammeRepository;
import org.qiyouxiang.db.model.Programme;

/** The programme a first import creates: the county's 公共服务“七优享”工程 2023–2027, baseline 2022. */
final class ProgrammeSetup {

    static final int FIRST_YEAR = 2023;
    static final int LAST_YEAR = 2027;
    static final int BASELINE_YEAR = 2022;

    private ProgrammeSetup() {
    }

    static Programme findOrCreate(ProgrammeRepository programmes, String county) {
        return programmes.first().orElseGet(() -> {
            String name = Messages.get("programme.defaultName", county == null ? "" : county);
            return programmes.create(name, county, FIRST_YEAR, LAST_YEAR, BASELINE_YEAR);
        });
    }
}
