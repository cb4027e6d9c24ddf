package org.crossings.tlog.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.note.Note;
import org.crossings.tlog.note.NoteSignature;
import org.crossings.tlog.note.NoteVerifier;
import org.junit.jupiter.api.Test;

class WitnessTest {

    private final TestLog log = new TestLog().append("entry ", 20);
    private final CosignatureSigner key = CosignatureSigner.fromSeed("witness.example", new byte[32],
            Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC));
    private final MemoryWitnessState state = new MemoryWitnessState();
    private final Witness witness = new Witness(Map.of(TestLog.ORIGIN, List.<NoteVerifier>of(log.key.verifier())),
            key, state);

    @Test
    void aFirstCheckpointFromOldSizeZeroIsCosignedWithAVerifyingTimestampedSignature() {
        WitnessAnswer answer = witness.addCheckpoint(log.request(0, 5));

        assertThat(answer.status()).isEqualTo(200);
        NoteSignature line = NoteSignature.parseLine(answer.body().stripTrailing());
        assertThat(line.isBy(key.name(), key.keyId())).isTrue();
        assertThat(key.verifier().verify(Note.parse(log.checkpoint(5)).message(), line.signature())).isTrue();
        assertThat(state.latest(TestLog.ORIGIN).orElseThrow().checkpoint().size()).isEqualTo(5);
    }

    @Test
    void aGrowingLogWithValidProofsIsCosignedAtEverySize() {
        assertThat(witness.addCheckpoint(log.request(0, 3)).status()).isEqualTo(200);
        assertThat(witness.addCheckpoint(log.request(3, 7)).status()).isEqualTo(200);
        assertThat(witness.addCheckpoint(log.request(7, 7)).status()).isEqualTo(200);
        assertThat(witness.addCheckpoint(log.request(7, 20)).status()).isEqualTo(200);
        SignedCheckpoint latest = witness.latest(TestLog.ORIGIN).orElseThrow();
        assertThat(latest.checkpoint().size()).isEqualTo(20);
        assertThat(latest.note().signatures()).anyMatch(s -> s.isBy(key.name(), key.keyId()));
    }

    @Test
    void anUnknownOriginIsAnswered404() {
        Witness other = new Witness(Map.of("other.example/log", List.<NoteVerifier>of(log.key.verifier())), key,
                state);
        assertThat(other.addCheckpoint(log.request(0, 5)).status()).isEqualTo(404);
    }

    @Test
    void aCheckpointNotSignedByTheLogsKeyIsAnswered403() {
        TestLog impostor = new TestLog(Ed25519NoteSigner.generate(TestLog.ORIGIN)).append("entry ", 20);
        assertThat(witness.addCheckpoint(impostor.request(0, 5)).status()).isEqualTo(403);
        assertThat(state.latest(TestLog.ORIGIN)).isEmpty();
    }

    @Test
    void malformedBodiesAreAnswered400() {
        String note = log.checkpoint(5);
        for (String body : List.of("", "old 0\n" + note, "old 00\n\n" + note, "old -1\n\n" + note,
                "old 0\nnot-a-hash\n\n" + note, "old 0\n\nnot a note\n", "new 0\n\n" + note,
                "old 9223372036854775808\n\n" + note)) {
            assertThat(witness.addCheckpoint(body.getBytes(StandardCharsets.UTF_8)).status()).as(body)
                    .isEqualTo(400);
        }
        assertThat(witness.addCheckpoint(new byte[] {'o', 'l', 'd', ' ', (byte) 0xff}).status()).isEqualTo(400);
    }

    @Test
    void anOldSizeLargerThanTheCheckpointIsAnswered400() {
        assertThat(witness.addCheckpoint(TestLog.body(6, List.of(), log.checkpoint(5))).status()).isEqualTo(400);
    }

    @Test
    void anOldSizeOtherThanTheLatestIsAnswered409WithTheLatestSize() {
        witness.addCheckpoint(log.request(0, 5));

        WitnessAnswer answer = witness.addCheckpoint(log.request(3, 8));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).isEqualTo("text/x.tlog.size");
        assertThat(answer.body()).isEqualTo("5\n");
    }

    @Test
    void aSmallerTreeThanTheLatestIsRefusedAndNeverSigned() {
        witness.addCheckpoint(log.request(0, 10));

        assertThat(witness.addCheckpoint(log.request(0, 4)).status()).isEqualTo(409);
        assertThat(witness.addCheckpoint(TestLog.body(10, List.of(), log.checkpoint(4))).status()).isEqualTo(400);
        assertThat(state.latest(TestLog.ORIGIN).orElseThrow().checkpoint().size()).isEqualTo(10);
    }

    @Test
    void aForkAtTheSameSizeIsRefused409WithoutTheSizeContentType() {
        witness.addCheckpoint(log.request(0, 10));
        TestLog fork = log.fork("forged ", 10);

        WitnessAnswer answer = witness.addCheckpoint(fork.request(10, 10));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).isNotEqualTo("text/x.tlog.size");
        assertThat(state.latest(TestLog.ORIGIN).orElseThrow().checkpoint().root()).isEqualTo(log.root(10));
    }

    @Test
    void aForkThatGrowsIsRefused422BecauseNoProofVerifies() {
        witness.addCheckpoint(log.request(0, 10));
        TestLog fork = log.fork("forged ", 15);

        assertThat(witness.addCheckpoint(fork.request(10, 15)).status()).isEqualTo(422);
        assertThat(witness.addCheckpoint(TestLog.body(10, log.proof(10, 15), fork.checkpoint(15))).status())
                .isEqualTo(422);
        assertThat(state.latest(TestLog.ORIGIN).orElseThrow().checkpoint().size()).isEqualTo(10);
    }

    @Test
    void aProofWithOldSizeZeroOrEqualSizesMustBeEmpty() {
        assertThat(witness.addCheckpoint(TestLog.body(0, log.proof(3, 5), log.checkpoint(5))).status())
                .isEqualTo(422);
        witness.addCheckpoint(log.request(0, 5));
        assertThat(witness.addCheckpoint(TestLog.body(5, log.proof(3, 5), log.checkpoint(5))).status())
                .isEqualTo(422);
    }
}
