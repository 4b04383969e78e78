package org.qiyouxiang.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * backed up first, committed, forced to disk) and is killed at random moments, a fifth of them while it
 * starts (checking the file, making the daily backup). After each kill the folder must open without
 * repair, every edit the child confirmed must be there, and every stored list must be one edit's whole list.
 *
 * <p>{@code qiyouxiang.reliability.kills} kills (5 in the normal build, 200 with {@code -Preliability}).
 */
class KillLoopTest {

    private static final int KILLS = Integer.getInteger("qiyouxiang.reliability.kills", 5);

    @TempDir
    Path temp;

    /** What one child did before it was killed. */
    private record Round(boolean opened, List<Integer> confirmed, Optional<Integer> inFlight) {
    }

    private enum Verdict { AS_CONFIRMED, COMMITTED_BEFORE_THE_KILL, OLDER_EDIT_OR_MISSING, PART_OF_AN_EDIT }

    @Test
    void noConfirmedEditIsLostAndNoneIsHalfApplied() throws Exception {
        Path data = temp.resolve("数据 目录");
        long seed = Long.getLong("qiyouxiang.reliability.seed", System.nanoTime());
        Random random = new Random(seed);
        Map<Integer, Integer> durableEditOfYear = new HashMap<>();
        Map<Verdict, Integer> verdicts = new HashMap<>();
        int next = 1;
        int confirmed = 0;
        int whileStarting = 0;
        int whileSaving = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Round round = runAndKill(data, next, random, kill == 0);
            for (int edit : round.confirmed()) {
                durableEditOfYear.put(CrashChild.yearOf(edit), edit);
                next = edit + 1;
            }
            confirmed += round.confirmed().size();
            whileStarting += round.opened() ? 0 : 1;
            whileSaving += round.inFlight().isPresent() ? 1 : 0;
            next = round.inFlight().map(e -> e + 1).orElse(next);
            for (var verdict : checkAfterKill(data, durableEditOfYear, round.inFlight()).entrySet()) {
                verdicts.merge(verdict.getKey(), verdict.getValue(), Integer::sum);
            }
        }
        int lost = verdicts.getOrDefault(Verdict.OLDER_EDIT_OR_MISSING, 0);
        int halfApplied = verdicts.getOrDefault(Verdict.PART_OF_AN_EDIT, 0);
        System.out.printf("Kill loop (seed %d): %d kills (%d while starting, %d while saving), %d confirmed edits, "
                        + "%d lost, %d half-applied, %d committed just before the kill and kept%n",
                seed, KILLS, whileStarting, whileSaving, confirmed, lost, halfApplied,
                verdicts.getOrDefault(Verdict.COMMITTED_BEFORE_THE_KILL, 0));
        assertThat(lost).as("confirmed edits lost").isZero();
        assertThat(halfApplied).as("lists stored in part").isZero();
        assertThat(confirmed).as("the loop saved something").isPositive();
    }

    /**
     * Starts a child storing edits from {@code next} on and kills it: a fifth of the time while it starts,
     * else at a random moment after it opened, or within 0.3 s of its opening or of its first, second or
     * third confirmation (so that edits are confirmed however slow the machine; the first round always
     * waits for one). Reads what it said.
     */
    private static Round runAndKill(Path data, int next, Random random, boolean afterAConfirmation)
            throws Exception {
        try (ChildJvm child = ChildJvm.start(CrashChild.class, "import", data.toString(), String.valueOf(next))) {
            List<String> said = new ArrayList<>();
            int moment = afterAConfirmation ? 8 : random.nextInt(10);
            if (moment >= 2) {
                said.add(child.nextLine(120_000));
                assertThat(said.get(0)).as("child started; stderr: %s", child.errors()).isEqualTo("OPEN false");
            }
            if (moment >= 6) {
                for (int confirmations = moment - 6; confirmations < 3; ) {
                    String line = child.nextLine(120_000);
                    assertThat(line).as("child saving; stderr: %s", child.errors()).isNotNull();
                    said.add(line);
                    confirmations += line.startsWith("CONFIRMED") ? 1 : 0;
                }
                Thread.sleep(random.nextInt(300));
            } else {
                Thread.sleep(random.nextInt(2500));
            }
            assertThat(child.process().isAlive()).as("the child ended by itself: %s\nstdout: %s\nstderr: %s",
                    child.process().isAlive() ? "" : child.process().exitValue(), said, child.errors()).isTrue();
            child.kill();
            said.addAll(child.drainLines());
            boolean opened = false;
            List<Integer> confirmed = new ArrayList<>();
            Optional<Integer> inFlight = Optional.empty();
            for (String line : said) {
                String[] words = line.split(" ");
                switch (words[0]) {
                    case "OPEN" -> opened = true;
                    case "STORING" -> inFlight = Optional.of(Integer.parseInt(words[1]));
                    case "CONFIRMED" -> {
                        confirmed.add(Integer.parseInt(words[1]));
                        inFlight = Optional.empty();
                    }
                    default -> { } // a log line (the tests' logback writes to the console)
                }
            }
            return new Round(opened || !confirmed.isEmpty() || inFlight.isPresent(), confirmed, inFlight);
        }
    }

    /**
     * Opens the folder as the app does and judges every year's list. An edit committed just before the
     * kill (stored but not confirmed) is durable from then on.
     */
    private static Map<Verdict, Integer> checkAfterKill(Path data, Map<Integer, Integer> durableEditOfYear,
                                                        Optional<Integer> inFlight) {
        Map<Verdict, Integer> verdicts = new HashMap<>();
        try (Workspace workspace = Workspace.open(data)) {
            assertThat(workspace.startupNotice()).as("a killed program's file is sound, never repaired").isEmpty();
            for (int year = 2100; year < 2120; year++) {
                int thisYear = year;
                Optional<WorkList> stored = workspace.workLists().workList(year).map(TestWorkLists::withoutIds);
                Optional<Integer> unconfirmed = inFlight.filter(e -> CrashChild.yearOf(e) == thisYear);
                Verdict verdict = judge(year, stored, durableEditOfYear.get(year), unconfirmed);
                if (verdict == Verdict.COMMITTED_BEFORE_THE_KILL) {
                    durableEditOfYear.put(year, unconfirmed.orElseThrow());
                }
                verdicts.merge(verdict, 1, Integer::sum);
            }
        }
        return verdicts;
    }

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
