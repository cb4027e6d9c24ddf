package org.crossings.tlog.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.note.NoteVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWitnessStateTest {

    @TempDir
    Path directory;

    private final TestLog log = new TestLog().append("entry ", 20);
    private final CosignatureSigner key = CosignatureSigner.generate("witness.example", Clock.systemUTC());

    private Witness witness(WitnessState state) {
        return new Witness(Map.of(TestLog.ORIGIN, List.<NoteVerifier>of(log.key.verifier())), key, state);
    }

    @Test
    void aRestartedWitnessKeepsItsLatestCheckpointAndStillRefusesASmallerTree() {
        try (FileWitnessState state = FileWitnessState.open(directory)) {
            assertThat(witness(state).addCheckpoint(log.request(0, 12)).status()).isEqualTo(200);
        }
        try (FileWitnessState state = FileWitnessState.open(directory)) {
            Witness restarted = witness(state);
            assertThat(restarted.latest(TestLog.ORIGIN).orElseThrow().checkpoint().size()).isEqualTo(12);
            assertThat(restarted.addCheckpoint(log.request(0, 5)).status()).isEqualTo(409);
            assertThat(restarted.addCheckpoint(log.request(12, 20)).status()).isEqualTo(200);
        }
    }

    @Test
    void aTornTemporaryFileLeftByACrashIsIgnoredOnRestart() throws Exception {
        try (FileWitnessState state = FileWitnessState.open(directory)) {
            witness(state).addCheckpoint(log.request(0, 12));
        }
        Path saved;
        try (var files = Files.list(directory)) {
            saved = files.filter(f -> f.toString().endsWith(".checkpoint")).findFirst().orElseThrow();
        }
        Files.write(saved.resolveSibling(saved.getFileName() + ".tmp"),
                log.checkpoint(20).substring(0, 30).getBytes(StandardCharsets.UTF_8));

        try (FileWitnessState state = FileWitnessState.open(directory)) {
            assertThat(state.latest(TestLog.ORIGIN).orElseThrow().checkpoint().size()).isEqualTo(12);
            assertThat(witness(state).addCheckpoint(log.request(12, 20)).status()).isEqualTo(200);
            assertThat(state.latest(TestLog.ORIGIN).orElseThrow().checkpoint().size()).isEqualTo(20);
        }
    }

    @Test
    void aCompareAndSetAgainstAStaleExpectationWritesNothing() {
        try (FileWitnessState state = FileWitnessState.open(directory)) {
            witness(state).addCheckpoint(log.request(0, 12));
            SignedCheckpoint other = SignedCheckpoint.open(log.checkpoint(15), log.key.verifier());

            assertThat(state.compareAndSet(TestLog.ORIGIN, Optional.empty(), other)).isFalse();
            assertThat(state.latest(TestLog.ORIGIN).orElseThrow().checkpoint().size()).isEqualTo(12);
        }
    }

    @Test
    void aSecondStateOnTheSameDirectoryIsRefusedWhileTheFirstIsOpen() {
        try (FileWitnessState state = FileWitnessState.open(directory)) {
            assertThatThrownBy(() -> FileWitnessState.open(directory))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use");
        }
    }
}
