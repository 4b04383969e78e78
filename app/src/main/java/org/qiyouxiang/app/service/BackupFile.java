package org.qiyouxiang.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qiyouxiang.app.core.Messages;

/**
 * One verified backup in the backups folder, named {@code qiyouxiang-2026-11-23-153012-import.backup.zip}:
 * a zip holding {@code qiyouxiang.mv.db}. The name carries the time and the reason, so listing the
 * folder needs no index file that could itself be lost.
 */
public record BackupFile(Path path, LocalDateTime time, BackupReason reason, long size) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmmss", Locale.ROOT);
    private static final Pattern NAME =
            Pattern.compile("qiyouxiang-(\\d{4}-\\d{2}-\\d{2}-\\d{6})-([a-z]+)\\.backup\\.zip");

    static String fileName(LocalDateTime time, BackupReason reason) {
        return "qiyouxiang-" + STAMP.format(time) + "-" + reason.code() + ".backup.zip";
    }

    /** The time stamp used in file names, also for files set aside: {@code 2026-11-23-153012}. */
    static String stamp(LocalDateTime time) {
        return STAMP.format(time);
    }

    /** The backup a file is, when its name is one of ours. */
    static Optional<BackupFile> read(Path path) {
        Matcher name = NAME.matcher(path.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime time = LocalDateTime.parse(name.group(1), STAMP);
            BackupReason reason = BackupReason.valueOf(name.group(2).toUpperCase(Locale.ROOT));
            return Optional.of(new BackupFile(path, time, reason, Files.size(path)));
        } catch (DateTimeParseException | IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    /** 2026年11月23日 15:30 */
    public String timeText() {
        return timeText(time);
    }

    public static String timeText(LocalDateTime time) {
        return DateTimeFormatter.ofPattern(Messages.get("backup.timeFormat"), Messages.locale()).format(time);
    }

    /** 52 KB, 1.4 MB */
    public String sizeText() {
        return sizeText(size);
    }

    public static String sizeText(long size) {
        if (size < 1024 * 1024) {
            return Messages.get("backup.size.kb", Math.max(1, (size + 1023) / 1024));
        }
        return Messages.get("backup.size.mb", String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024.0)));
    }
}
