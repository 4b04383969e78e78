package org.qiyouxiang.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.ShippedMigrations;
import org.qiyouxiang.db.DatabaseFiles;
import org.qiyouxiang.db.DatabaseOptions;

/** The backup benchmark runs end to end on a small programme, and what it timed is a backup that reads back. */
class BackupBenchTest {

    @TempDir
    Path folder;

    @Test
    void timesAVerifiedBackupBesideH2sOwnAndTheBackupReadsBack() throws Exception {
        List<Figure> figures = BackupBench.run(50, 1, folder.resolve("备份 测试"));

        assertThat(figures).extracting(Figure::line)
                .singleElement().asString().matches("BENCH backup.verified_50 \\S+ ms baseline \\S+ ms ratio \\S+");
        assertThat(DatabaseFiles.verifyArchive(folder.resolve("备份 测试").resolve("verified.backup.zip"),
                DatabaseOptions.DEFAULT).version()).isEqualTo(ShippedMigrations.LATEST);
    }
}
