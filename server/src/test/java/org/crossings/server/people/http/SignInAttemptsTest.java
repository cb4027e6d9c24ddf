package org.crossings.server.people.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failed sign-ins pause an account or an address for a while; old failures are forgotten, and so is a success's. */
class SignInAttemptsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final SignInLimits LIMITS = new SignInLimits(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10));

    private final MovingClock clock = new MovingClock();
    private final SignInAttempts attempts = new SignInAttempts(LIMITS, clock, 1000);

    @Test
    void the_failure_that_reaches_the_account_limit_pauses_the_account_from_every_address() {
        attempts.failed("arm-officer-margara", "10.0.0.1");
        attempts.failed("arm-officer-margara", "10.0.0.2");
        assertThat(attempts.pausedUntil("arm-officer-margara", "10.0.0.3")).isEmpty();

        attempts.failed("arm-officer-margara", "10.0.0.3");

        assertThat(attempts.pausedUntil("arm-officer-margara", "10.0.0.4")).contains(T0.plus(Duration.ofMinutes(10)));
        assertThat(attempts.pausedUntil("tur-officer-alican", "10.0.0.4")).isEmpty();
    }

    @Test
    void a_name_no_one_has_pauses_exactly_like_a_real_one() {
        for (int i = 0; i < 3; i++) {
            attempts.failed("nobody-at-all", "10.0.0." + i);
        }

        assertThat(attempts.pausedUntil("nobody-at-all", "10.0.0.9")).contains(T0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void the_pause_ends_after_its_time_and_counting_starts_again() {
        for (int i = 0; i < 3; i++) {
            attempts.failed("arm-officer-margara", "10.0.0.1");
        }

        clock.move(Duration.ofMinutes(10));

        assertThat(attempts.pausedUntil("arm-officer-margara", "10.0.0.1")).isEmpty();
        attempts.failed("arm-officer-margara", "10.0.0.1");
        assertThat(attempts.pausedUntil("arm-officer-margara", "10.0.0.1")).isEmpty();
    }

    @Test
    void failures_older_than_the_window_do_not_count() {
        attempts.failed("arm-officer-margara", "10.0.0.1");
        attempts.failed("arm-officer-margara", "10.0.0.1");
        clock.move(Duration.ofMinutes(15));

        attempts.failed("arm-officer-margara", "10.0.0.1");

        assertThat(attempts.pausedUntil("arm-officer-margara", "10.0.0.1")).isEmpty();
    }

    @Test
    void a_success_forgets_the_account_s_failures_but_not_the_address_s() {
        attempts.failed("arm-officer-margara", "10.0.0.1");
        attempts.failed("arm-officer-margara", "10.0.0.1");
        attempts.succeeded("arm-officer-margara");
        attempts.failed("arm-officer-margara", "10.0.0.1");
        attempts.failed("arm-officer-margara", "10.0.0.1");
        assertThat(attempts.pausedUntil("arm-officer-margara", "10.0.0.1")).isEmpty();

        attempts.failed("tur-officer-alican", "10.0.0.1"); // the fifth failure from 10.0.0.1

        assertThat(attempts.pausedUntil("someone-else", "10.0.0.1")).contains(T0.plus(Duration.ofMinutes(10)));
        assertThat(attempts.pausedUntil("someone-else", "10.0.0.2")).isEmpty();
    }

    @Test
    void an_ipv6_client_counts_by_its_slash_64() {
        assertThat(SignInAttempts.addressKey("2001:db8:aa:bb:1:2:3:4"))
                .isEqualTo(SignInAttempts.addressKey("2001:db8:aa:bb:ffff::9")).isEqualTo("2001:0db8:00aa:00bb::/64");
        assertThat(SignInAttempts.addressKey("192.0.2.7")).isEqualTo("192.0.2.7");
        for (int i = 1; i <= 5; i++) {
            attempts.failed("user-" + i, "2001:db8:aa:bb::" + i);
        }
        assertThat(attempts.pausedUntil("user-9", "2001:db8:aa:bb::99")).isPresent();
    }

    @Test
    void it_remembers_a_bounded_number_of_accounts_forgetting_the_least_recent() {
        SignInAttempts small = new SignInAttempts(LIMITS, clock, 2);
        for (int i = 0; i < 3; i++) {
            small.failed("first", "10.0.0." + i);
        }
        small.failed("second", "10.0.1.1");
        small.failed("third", "10.0.1.2");

        assertThat(small.pausedUntil("first", "10.0.2.1")).isEmpty();
    }

    /** A clock that stays where it is put. */
    private static final class MovingClock extends Clock {
        private Instant now = T0;

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
