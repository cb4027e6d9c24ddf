package org.crossings.server.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WriteAdmissionTest {

    @Test
    void writes_past_the_limit_are_turned_away_after_the_wait_and_counted() {
        WriteAdmission admission = new WriteAdmission(new AdmissionLimits(2, Duration.ofMillis(20)));

        assertThat(admission.enter()).isTrue();
        assertThat(admission.enter()).isTrue();
        long start = System.nanoTime();
        assertThat(admission.enter()).isFalse();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(15));
        assertThat(admission.inFlight()).isEqualTo(2);
        assertThat(admission.shed()).isEqualTo(1);
    }

    @Test
    void a_write_that_leaves_gives_its_place_to_the_next() {
        WriteAdmission admission = new WriteAdmission(new AdmissionLimits(1, Duration.ZERO));
        assertThat(admission.enter()).isTrue();

        admission.leave();

        assertThat(admission.enter()).isTrue();
        assertThat(admission.shed()).isZero();
    }

    @Test
    void limits_below_one_write_or_waits_that_would_queue_for_seconds_are_refused_naming_the_setting() {
        assertThatThrownBy(() -> new AdmissionLimits(0, Duration.ZERO))
                .hasMessageContaining("crossings.admission.max-in-flight 0");
        assertThatThrownBy(() -> new AdmissionLimits(1, Duration.ofSeconds(11)))
                .hasMessageContaining("crossings.admission.max-wait PT11S");
        assertThatThrownBy(() -> new AdmissionLimits(1, Duration.ofMillis(-1)))
                .hasMessageContaining("crossings.admission.max-wait");
    }
}
