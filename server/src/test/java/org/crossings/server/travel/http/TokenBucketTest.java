package org.crossings.server.travel.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_full_bucket_lets_its_capacity_through_at_once_then_one_more_per_refill_interval() {
        TokenBucket bucket = new TokenBucket(new Rate(3, Duration.ofMinutes(1)), 0);

        for (int i = 0; i < 3; i++) {
            assertThat(bucket.waitAt(0)).isZero();
            bucket.take(0);
        }

        assertThat(bucket.waitAt(0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(bucket.waitAt(19 * SECOND)).isEqualTo(Duration.ofSeconds(1));
        assertThat(bucket.waitAt(20 * SECOND)).isZero();
    }

    @Test
    void an_idle_bucket_fills_up_to_its_capacity_and_no_further() {
        TokenBucket bucket = new TokenBucket(new Rate(2, Duration.ofSeconds(10)), 0);
        bucket.take(0);
        bucket.take(0);

        long anHourLater = 3600 * SECOND;
        bucket.take(anHourLater);
        bucket.take(anHourLater);

        assertThat(bucket.waitAt(anHourLater)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void a_monotonic_clock_read_out_of_order_never_adds_tokens() {
        TokenBucket bucket = new TokenBucket(new Rate(1, Duration.ofSeconds(10)), 100 * SECOND);
        bucket.take(100 * SECOND);

        assertThat(bucket.waitAt(50 * SECOND)).isEqualTo(Duration.ofSeconds(10));
    }
}
