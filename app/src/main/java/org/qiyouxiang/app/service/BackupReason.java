package org.qiyouxiang.app.service;

import java.util.Locale;
import org.qiyouxiang.app.core.Messages;

/** Why a backup was made; part of its file name and shown in the backup list. */
public enum BackupReason {
    DAILY, IMPORT, UPGRADE, EXIT, MANUAL, RESTORE;

    /** The word in the file name: {@code qiyouxiang-2026-11-23-153012-import.backup.zip}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 导入前自动备份 */
    public String label() {
        return Messages.get("backup.reason." + name());
    }
}
