package org.qiyouxiang.app.service;

import org.qiyouxiang.app.core.Messages;

/** What an import stored. */
public record ImportResult(int year, int areaCount, int itemCount, boolean replaced) {

    /** 导入 2024 年工作清单：8 个专项，91 项 */
    public String summary() {
        return Messages.get("import.summary", String.valueOf(year), areaCount, itemCount);
    }
}
