package org.crossings.server.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void the_nearest_rank_percentile_is_the_wait_at_rank_ceil_p_times_n_over_100() {
        long[] two = {10, 20};
        assertThat(Durations.percentile(two, 50)).isEqualTo(Duration.ofMillis(10)); // ceil(1.0) = 1
        assertThat(Durations.percentile(two, 95)).isEqualTo(Duration.ofMillis(20)); // ceil(1.9) = 2
        long[] one = {42};
        assertThat(Durations.percentile(one, 50)).isEqualTo(Duration.ofMillis(42));
        assertThat(Durations.percentile(one, 95)).isEqualTo(Duration.ofMillis(42));
        long[] twenty = new long[20];
        for (int i = 0; i < 20; i++) {
            twenty[i] = i + 1;
        }
        assertThat(Durations.percentile(twenty, 95)).isEqualTo(Duration.ofMillis(19)); // ceil(19.0) = 19
    }

    @Test
    void waits_grow_past_their_first_capacity_and_come_back_sorted() {
        Durations durations = new Durations();
        for (int wait = 10; wait >= -2; wait--) {
            durations.add(wait);
        }
        assertThat(durations.size()).isEqualTo(13);
        assertThat(durations.sorted()).startsWith(-2, -1, 0).endsWith(10);
    }

    @Test
    void a_percentile_of_no_waits_is_refused() {
        assertThatThrownBy(() -> Durations.percentile(new long[0], 50))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("of 0 waits");
    }
}
