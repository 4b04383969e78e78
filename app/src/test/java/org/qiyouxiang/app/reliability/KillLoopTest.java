package org.qiyouxiang.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiyouxiang.app.ChildJvm;
import org.qiyouxiang.app.TestWorkLists;
import org.qiyouxiang.app.service.Workspace;
import org.qiyouxiang.db.model.WorkList;

/**
 * Power cuts during saves: a child program stores work lists through the app's services (each import
 * backed up first, committed, forced to disk) and is killed at random moments, also while starting,
 * checking the file or backing up. After each kill the folder must open without repair, every edit
 * the child confirmed must be there, and every stored list must be one edit's list whole.
 *
 * <p>{@code qiyouxiang.reliability.kills} kills (5 in the normal build, 200 with {@code -Preliability}).
 */
class KillLoopTest {

    private static final int KILLS = Integer.getInteger("qiyouxiang.reliability.kills", 5);

    @TempDir
    Path temp;

    @Test
    void noConfirmedEditIsLostAndNoneIsHalfApplied() throws Exception {
        Path data = temp.resolve("数据 目录");
        long seed = Long.getLong("qiyouxiang.reliability.seed", System.nanoTime());
        Random random = new Random(seed);
        Map<Integer, Integer> durableEditOfYear = new HashMap<>();
        int next = 1;
        int confirmed = 0;
        int lost = 0;
        int halfApplied = 0;
        int killedWhileSaving = 0;
        int killedWhileStarting = 0;
        int committedUnconfirmed = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Optional<Integer> inFlight = Optional.empty();
            try (ChildJvm child = ChildJvm.start(CrashChild.class, "import", data.toString(), String.valueOf(next))) {
                if (random.nextInt(5) == 0) {
                    Thread.sleep(random.nextInt(2500));
                    killedWhileStarting++;
                } else {
                    String open = child.nextLine(120_000);
                    assertThat(open).as("child started; stderr: %s", child.errors()).isEqualTo("OPEN false");
                    Thread.sleep(random.nextInt(2500));
                }
                child.kill();
                for (String line : child.drainLines()) {
                    String[] words = line.split(" ");
                    if (words[0].equals("STORING")) {
                        inFlight = Optional.of(Integer.parseInt(words[1]));
                    } else if (words[0].equals("CONFIRMED")) {
                        int edit = Integer.parseInt(words[1]);
                        durableEditOfYear.put(CrashChild.yearOf(edit), edit);
                        inFlight = Optional.empty();
                        confirmed++;
                        next = edit + 1;
                    }
                }
            }
            if (inFlight.isPresent()) {
                killedWhileSaving++;
                next = inFlight.get() + 1;
            }
            try (Workspace workspace = Workspace.open(data)) {
                assertThat(workspace.startupNotice()).as("a killed program's file is sound, never repaired").isEmpty();
                for (int year = 2100; year < 2120; year++) {
                    Optional<WorkList> stored = workspace.workLists().workList(year).map(TestWorkLists::withoutIds);
                    Integer durable = durableEditOfYear.get(year);
                    int thisYear = year;
                    Optional<Integer> unconfirmed = inFlight.filter(e -> CrashChild.yearOf(e) == thisYear);
                    switch (judge(year, stored, durable, unconfirmed)) {
                        case AS_CONFIRMED -> { }
                        case COMMITTED_BEFORE_THE_KILL -> {
                            durableEditOfYear.put(year, unconfirmed.orElseThrow());
                            committedUnconfirmed++;
                        }
                        case OLDER_EDIT_OR_MISSING -> lost++;
                        case PART_OF_AN_EDIT -> halfApplied++;
                    }
                }
            }
        }
        System.out.printf("Kill loop (seed %d): %d kills (%d while starting, %d while saving), %d confirmed edits, "
                        + "%d lost, %d half-applied, %d committed just before the kill and kept%n",
                seed, KILLS, killedWhileStarting, killedWhileSaving, confirmed, lost, halfApplied, committedUnconfirmed);
        assertThat(lost).as("confirmed edits lost").isZero();
        assertThat(halfApplied).as("lists stored in part").isZero();
        assertThat(confirmed).as("the loop saved something").isPositive();
    }

    private enum Verdict { AS_CONFIRMED, COMMITTED_BEFORE_THE_KILL, OLDER_EDIT_OR_MISSING, PART_OF_AN_EDIT }

    /** What a year's stored list says about the edits of that year. Edit n's source file is "清单 n.xlsx". */
    private static Verdict judge(int year, Optional<WorkList> stored, Integer durable, Optional<Integer> unconfirmed) {
        if (unconfirmed.isPresent() && stored.equals(Optional.of(TestWorkLists.edit(unconfirmed.get(), year)))) {
            return Verdict.COMMITTED_BEFORE_THE_KILL;
        }
        if (stored.isEmpty()) {
            return durable == null ? Verdict.AS_CONFIRMED : Verdict.OLDER_EDIT_OR_MISSING;
        }
        if (durable != null && stored.get().equals(TestWorkLists.edit(durable, year))) {
            return Verdict.AS_CONFIRMED;
        }
        String source = stored.get().sourceFile();
        int edit = Integer.parseInt(source.substring("清单 ".length(), source.length() - ".xlsx".length()));
        boolean wholeOlderEdit = durable != null && edit < durable && stored.get().equals(TestWorkLists.edit(edit, year));
        return wholeOlderEdit ? Verdict.OLDER_EDIT_OR_MISSING : Verdict.PART_OF_AN_EDIT;
    }
}
