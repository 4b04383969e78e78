package org.qiyouxiang.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.ChildJvm;

class InstanceLockTest {

    @TempDir
    Path temp;

    private Path data() {
        return temp.resolve("数据 目录");
    }

    @Test
    void aSecondHolderInTheSameProgramIsRefusedUntilTheFirstLetsGo() {
        try (InstanceLock first = InstanceLock.tryAcquire(data()).orElseThrow()) {
            assertThat(InstanceLock.tryAcquire(data())).isEmpty();
        }
        Optional<InstanceLock> again = InstanceLock.tryAcquire(data());
        assertThat(again).isPresent();
        again.get().close();
    }

    @Test
    void theLockFileIsNeverDeleted() {
        InstanceLock.tryAcquire(data()).orElseThrow().close();

        assertThat(data().resolve(InstanceLock.FILE_NAME)).isRegularFile();
    }

    @Test
    void anotherProcessIsRefusedWhileThisOneHoldsTheLockAndGetsItWhenItDies() throws Exception {
        try (ChildJvm holder = ChildJvm.start(LockHolder.class, data().toString())) {
            assertThat(holder.nextLine(60_000)).isEqualTo("LOCKED");

            assertThat(InstanceLock.tryAcquire(data())).isEmpty();

            holder.kill();
        }
        try (InstanceLock mine = InstanceLock.tryAcquire(data()).orElseThrow()) {
            assertThat(mine).isNotNull();
        }
    }

    /** Takes the lock in a child JVM and holds it until killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws InterruptedException {
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(Path.of(args[0]));
            System.out.println(lock.isPresent() ? "LOCKED" : "TAKEN");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
