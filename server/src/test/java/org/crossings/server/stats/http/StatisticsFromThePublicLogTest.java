package org.crossings.server.stats.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crossings.server.RunningServer;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import org.crossings.server.stats.CrossingTally;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.note.Note;
import org.crossings.tlog.tiles.EntryBundle;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TileLayout;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An auditor of any party fetches the public log as tlog-tiles entry bundles, reads the envelopes, and recomputes the
 * statistics the server reports: the same figures, to the last row. (The demo world's travellers are in it.)
 */
class StatisticsFromThePublicLogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunningServer server = RunningServer.shared();

    @Test
    void the_statistics_are_what_anyone_recomputes_from_the_envelopes_of_the_public_log() throws Exception {
        long size = publishedSizeOnceItCoversTheLog();
        String token = server.bean(People.class).issueToken(Username.of("usa-observer"), "statistics audit",
                Instant.now()).secret().value();
        HttpResponse<String> reported = server.get("/api/statistics", token);
        assertThat(reported.statusCode()).isEqualTo(200);

        CrossingTally tally = new CrossingTally();
        for (Envelope envelope : envelopesOverHttp(size)) {
            tally.add(envelope);
        }
        JsonNode recomputed = JSON.valueToTree(StatisticsViews.statistics(tally.report()));

        assertThat(recomputed.path("crossings").size()).isPositive();
        assertThat(JSON.readTree(reported.body()).toString()).isEqualTo(recomputed.toString());
    }

    /** Waits until the published checkpoint covers every entry written so far (the log signs one a second). */
    private long publishedSizeOnceItCoversTheLog() throws InterruptedException {
        long written = server.bean(LogWriter.class).size();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> checkpoint = server.get("/log/checkpoint");
            long size = Checkpoint.parse(Note.parse(checkpoint.body()).text()).size();
            if (size >= written) {
                assertThat(size).as("no one wrote to the log meanwhile").isEqualTo(written);
                return size;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no checkpoint covered the log's " + written + " entries within 10 s");
    }

    private List<Envelope> envelopesOverHttp(long size) {
        List<Envelope> envelopes = new ArrayList<>();
        for (long bundle = 0; bundle * TileLayout.WIDTH < size; bundle++) {
            int width = (int) Math.min(TileLayout.WIDTH, size - bundle * TileLayout.WIDTH);
            EntryBundlePath path = new EntryBundlePath(bundle, width);
            HttpResponse<byte[]> body = server.getBytes("/log/" + path.path());
            assertThat(body.statusCode()).as(path.path()).isEqualTo(200);
            for (byte[] entry : EntryBundle.decode(body.body(), path)) {
                try {
                    envelopes.add(EnvelopeJson.parse(entry));
                } catch (IllegalArgumentException notAnEnvelope) {
                    assertThat(new String(entry, StandardCharsets.UTF_8)).as("a foreign entry").doesNotStartWith("{\"v\"");
                }
            }
        }
        return envelopes;
    }
}
