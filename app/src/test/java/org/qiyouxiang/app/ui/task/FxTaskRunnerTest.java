package org.qiyouxiang.app.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Work asked for after the window closed (a start that finished late) is not started, and nothing throws. */
class FxTaskRunnerTest {

    @Test
    void workAskedForAfterTheWindowClosedIsNotStarted() {
        FxTaskRunner runner = new FxTaskRunner();
        runner.shutdown();
        AtomicBoolean ran = new AtomicBoolean();

        assertThatCode(() -> runner.run("载入示例数据", progress -> {
            ran.set(true);
            return null;
        }, result -> { }, error -> { })).doesNotThrowAnyException();

        assertThat(ran).isFalse();
        assertThat(runner.busyProperty().get()).isFalse();
    }
}
