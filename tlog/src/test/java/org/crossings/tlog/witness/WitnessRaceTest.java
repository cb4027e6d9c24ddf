package org.crossings.tlog.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crossings.tlog.note.NoteVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitnessRaceTest {

    @TempDir
    Path directory;

    @Test
    void tenClientsRacingDifferentCheckpointsFromOneOldSizeGetExactlyOneCosignature() throws Exception {
        TestLog log = new TestLog().append("entry ", 5);
        List<TestLog> forks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            forks.add(log.fork("entry ", 5).append("fork " + i + " ", 3));
        }
        try (FileWitnessState state = FileWitnessState.open(directory)) {
            Witness witness = new Witness(Map.of(TestLog.ORIGIN, List.<NoteVerifier>of(log.key.verifier())),
                    CosignatureSigner.generate("witness.example", Clock.systemUTC()), state);
            witness.addCheckpoint(log.request(0, 5));

            List<WitnessAnswer> answers = race(witness, forks);

            assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
            assertThat(answers).allMatch(a -> a.status() == 200 || a.status() == 409 || a.status() == 422);
            int winner = answers.indexOf(answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow());
            assertThat(state.latest(TestLog.ORIGIN).orElseThrow().checkpoint().root())
                    .isEqualTo(forks.get(winner).root(8));
        }
    }

    private static List<WitnessAnswer> race(Witness witness, List<TestLog> forks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(forks.size());
        try {
            List<Future<WitnessAnswer>> futures = new ArrayList<>();
            for (TestLog fork : forks) {
                byte[] body = fork.request(5, 8);
                futures.add(pool.submit(() -> {
                    start.await();
                    return witness.addCheckpoint(body);
                }));
            }
            start.countDown();
            List<WitnessAnswer> answers = new ArrayList<>();
            for (Future<WitnessAnswer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
