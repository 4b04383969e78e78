package org.qiyouxiang.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.sql.SQLDataException;
import org.junit.jupiter.api.Test;

class LogSafeTest {

    private static String printed(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    @Test
    void aFailedStatementKeepsItsClassAndSqlStateButNotTheValuesItQuotes() {
        SQLDataException h2 = new SQLDataException("Value too long for column \"NAME\": \"'县卫健局 董冬 每千人口拥有托位数'\"", "22001", 22001);
        RuntimeException jooq = new IllegalStateException("SQL [insert into work_item values ('董冬')]", h2);

        String logged = printed(LogSafe.redact(jooq));

        assertThat(logged).doesNotContain("董冬", "县卫健局", "insert into")
                .contains("java.lang.IllegalStateException", "Caused by: java.sql.SQLDataException [SQL state 22001, error 22001]",
                        "LogSafeTest.aFailedStatementKeepsItsClassAndSqlStateButNotTheValuesItQuotes");
    }

    @Test
    void anIoErrorKeepsItsReasonButNotTheFileName() {
        Throwable disk = LogSafe.redact(new IOException("No space left on device"));
        Throwable denied = LogSafe.redact(new AccessDeniedException("C:\\Users\\张三\\县卫健局清单.xlsx", null, "in use"));

        assertThat(disk).hasToString("java.io.IOException: No space left on device");
        assertThat(denied).hasToString("java.nio.file.AccessDeniedException: in use");
    }

    @Test
    void aCauseCycleEnds() {
        IllegalStateException first = new IllegalStateException("甲");
        IllegalArgumentException second = new IllegalArgumentException("乙", first);
        first.initCause(second);

        assertThat(printed(LogSafe.redact(first))).doesNotContain("甲", "乙").contains("CIRCULAR REFERENCE");
    }

    @Test
    void nothingStaysNothing() {
        assertThat(LogSafe.redact(null)).isNull();
    }
}
