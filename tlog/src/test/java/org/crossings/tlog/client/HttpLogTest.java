package org.crossings.tlog.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpLogTest {

    private static final FetchPolicy QUICK =
            new FetchPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(2), Duration.ofMillis(300));

    private final LoopbackLog host = new LoopbackLog(Ed25519NoteSigner.fromSeed("example.org/log", new byte[32]));
    private final HttpLog log = new HttpLog(host.prefix(), QUICK);

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void the_checkpoint_a_tile_and_a_bundle_are_fetched_as_served() {
        host.growTo(300);

        assertThat(log.checkpoint()).isEqualTo(host.checkpoint());
        Fetched tile = log.fetch(TileResource.tile(0, 1, 44));
        assertThat(tile).isInstanceOfSatisfying(Fetched.Served.class, served -> {
            assertThat(served.served()).isEqualTo(TileResource.tile(0, 1, 44));
            assertThat(served.body()).isEqualTo(host.file("tile/0/001.p/44"));
        });
        assertThat(log.fetch(TileResource.bundle(0, 256)))
                .isInstanceOfSatisfying(Fetched.Served.class,
                        served -> assertThat(served.body()).isEqualTo(host.file("tile/entries/000")));
    }

    @Test
    void a_prefix_without_a_trailing_slash_is_read_as_a_directory() {
        HttpLog noSlash = new HttpLog(URI.create(host.prefix().toString().replaceAll("/$", "")), QUICK);

        assertThat(noSlash.uri("checkpoint")).isEqualTo(host.prefix().resolve("checkpoint"));
    }

    @Test
    void a_deleted_partial_tile_is_read_from_the_full_tile_that_replaced_it() {
        host.growTo(300).growTo(512);
        host.serve("tile/0/001.p/44", null);

        Fetched fetched = log.fetch(TileResource.tile(0, 1, 44));

        assertThat(fetched).isInstanceOfSatisfying(Fetched.Served.class, served -> {
            assertThat(served.wanted()).isEqualTo(TileResource.tile(0, 1, 44));
            assertThat(served.served()).isEqualTo(TileResource.tile(0, 1, 256));
            assertThat(served.body()).isEqualTo(host.file("tile/0/001"));
        });
    }

    @Test
    void a_partial_tile_gone_with_its_full_tile_is_absent_naming_both_requests() {
        host.growTo(300);
        host.serve("tile/entries/001.p/44", null);

        Fetched fetched = log.fetch(TileResource.bundle(1, 44));

        assertThat(fetched).isInstanceOfSatisfying(Fetched.Absent.class, absent -> assertThat(absent.answers())
                .extracting(Object::toString)
                .containsExactly("GET " + host.prefix() + "tile/entries/001.p/44 answered HTTP 404",
                        "GET " + host.prefix() + "tile/entries/001 answered HTTP 404"));
    }

    @Test
    void a_full_tile_not_found_is_absent_after_one_request_since_waiting_will_not_make_it_appear() {
        host.growTo(300);

        assertThat(log.fetch(TileResource.tile(0, 2, 256))).isInstanceOf(Fetched.Absent.class);
        assertThat(host.requests("tile/0/002")).isEqualTo(1);
    }

    @Test
    void transient_server_errors_are_retried_until_served() {
        host.growTo(10);
        host.failNext("checkpoint", 2, 503);

        assertThat(log.checkpoint()).isEqualTo(host.checkpoint());
        assertThat(host.requests("checkpoint")).isEqualTo(3);
    }

    @Test
    void a_log_that_keeps_failing_gives_up_after_the_policys_attempts_with_the_last_status() {
        host.growTo(10);
        host.failNext("tile/0/000.p/10", 100, 429);

        assertThatThrownBy(() -> log.fetch(TileResource.tile(0, 0, 10)))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.uri()).isEqualTo(host.prefix().resolve("tile/0/000.p/10"));
                });
        assertThat(host.requests("tile/0/000.p/10")).isEqualTo(3);
    }

    @Test
    void a_forbidden_answer_is_a_fetch_failure_at_once_not_an_absence() {
        host.growTo(10);
        host.failNext("tile/entries/000.p/10", 100, 403);

        assertThatThrownBy(() -> log.fetch(TileResource.bundle(0, 10)))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(host.requests("tile/entries/000.p/10")).isEqualTo(1);
    }

    @Test
    void a_log_that_does_not_answer_in_time_fails_after_the_policys_timeouts_without_a_status() {
        host.growTo(10);
        host.stall("checkpoint", Duration.ofSeconds(5));
        long start = System.nanoTime();

        assertThatThrownBy(log::checkpoint)
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.status()).isEqualTo(-1));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(host.requests("checkpoint")).isEqualTo(3);
    }

    @Test
    void an_unreachable_log_is_a_fetch_failure_without_a_status() {
        URI gone = host.prefix();
        host.close();

        assertThatThrownBy(() -> new HttpLog(gone, QUICK).checkpoint())
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.status()).isEqualTo(-1));
    }
}
