package org.crossings.cli.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.note.Note;
import org.crossings.tlog.note.NoteSignature;
import org.crossings.tlog.note.NoteVerifier;
import org.crossings.tlog.witness.CosignatureSigner;
import org.crossings.tlog.witness.FileWitnessState;
import org.crossings.tlog.witness.TestLog;
import org.crossings.tlog.witness.Witness;
import org.crossings.tlog.witness.WitnessKeyFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitnessHttpTest {

    @TempDir
    Path directory;

    private final TestLog log = new TestLog().append("entry ", 20);
    private final HttpClient client = HttpClient.newHttpClient();
    private CosignatureSigner key;
    private FileWitnessState state;
    private WitnessHttp http;

    @BeforeEach
    void start() throws Exception {
        key = WitnessKeyFile.loadOrCreate(directory.resolve("witness.key"), "witness.example", Clock.systemUTC());
        state = FileWitnessState.open(directory.resolve("state"));
        Witness witness = new Witness(Map.of(TestLog.ORIGIN, List.<NoteVerifier>of(log.key.verifier())), key, state);
        http = WitnessHttp.start(witness, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/w");
    }

    @AfterEach
    void stop() {
        http.close();
        state.close();
    }

    private HttpResponse<String> post(byte[] body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri("/w/add-checkpoint"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + http.address().getPort() + path);
    }

    @Test
    void everyStatusOfTheProtocolIsServedOverLoopback() throws Exception {
        HttpResponse<String> ok = post(log.request(0, 10));
        assertThat(ok.statusCode()).isEqualTo(200);
        byte[] checkpointBody = Note.parse(log.checkpoint(10)).message();
        assertThat(key.verifier().verify(checkpointBody, NoteSignature.parseLine(ok.body().stripTrailing())
                .signature())).isTrue();

        HttpResponse<String> stale = post(log.request(3, 12));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValue("text/x.tlog.size");
        assertThat(stale.body()).isEqualTo("10\n");

        assertThat(post("old x\n\n".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
        TestLog impostor = new TestLog(Ed25519NoteSigner.generate(TestLog.ORIGIN)).append("entry ", 20);
        assertThat(post(impostor.request(10, 12)).statusCode()).isEqualTo(403);
        TestLog stranger = new TestLog(Ed25519NoteSigner.generate("other.example/log"));
        assertThat(post(TestLog.body(0, List.of(), SignedCheckpoint.sign(
                new Checkpoint("other.example/log", 0, TreeHash.empty()), stranger.key).encode())).statusCode())
                .isEqualTo(404);
        assertThat(post(log.fork("forged ", 15).request(10, 15)).statusCode()).isEqualTo(422);
        assertThat(post(new byte[WitnessHttp.MAX_BODY + 1]).statusCode()).isEqualTo(413);
        assertThat(client.send(HttpRequest.newBuilder(uri("/w/add-checkpoint")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }

    @Test
    void theLatestCosignedCheckpointIsReadableByMonitors() throws Exception {
        post(log.request(0, 10));
        URI latest = uri("/w/checkpoint/" + URLEncoder.encode(TestLog.ORIGIN, StandardCharsets.UTF_8));

        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(latest).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        SignedCheckpoint read = SignedCheckpoint.open(answer.body(), log.key.verifier());
        assertThat(read.checkpoint().size()).isEqualTo(10);
        assertThat(read.note().signatures()).anyMatch(s -> s.isBy(key.name(), key.keyId()));
        assertThat(client.send(HttpRequest.newBuilder(uri("/w/checkpoint/nobody")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    @Test
    void theWitnessKeyFileIsOwnerOnlyAndReusedOnRestart() throws Exception {
        Path file = directory.resolve("witness.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(WitnessKeyFile.loadOrCreate(file, "ignored", Clock.systemUTC()).verifier().verifierKey())
                .isEqualTo(key.verifier().verifierKey());
    }
}
