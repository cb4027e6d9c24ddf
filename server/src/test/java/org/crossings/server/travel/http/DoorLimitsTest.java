package org.crossings.server.travel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DoorLimitsTest {

    private final AtomicLong now = new AtomicLong();
    private final DoorLimits limits = new DoorLimits(Rate.parse("per-address", "2/PT1M"),
            Rate.parse("overall", "3/PT1M"), 1000, now::get);

    @Test
    void an_address_past_its_limit_waits_and_the_others_are_held_to_the_overall_limit() {
        assertThat(limits.admit("192.0.2.1")).isInstanceOf(DoorLimits.Verdict.Pass.class);
        assertThat(limits.admit("192.0.2.1")).isInstanceOf(DoorLimits.Verdict.Pass.class);
        assertThat(limits.admit("192.0.2.1")).isEqualTo(new DoorLimits.Verdict.Wait(Duration.ofSeconds(30),
                "from this address: 2 per 1m"));
        assertThat(limits.admit("192.0.2.2")).isInstanceOf(DoorLimits.Verdict.Pass.class);
        assertThat(limits.admit("192.0.2.3")).isEqualTo(new DoorLimits.Verdict.Wait(Duration.ofSeconds(20),
                "from everyone together: 3 per 1m"));
    }

    @Test
    void a_refused_request_takes_no_token_from_its_address() {
        DoorLimits oncePerHour = new DoorLimits(Rate.parse("per-address", "1/PT1H"), Rate.parse("overall", "1/PT1M"),
                1000, now::get);
        assertThat(oncePerHour.admit("192.0.2.1")).isInstanceOf(DoorLimits.Verdict.Pass.class);
        assertThat(oncePerHour.admit("192.0.2.2")).as("the overall bucket is empty")
                .isInstanceOf(DoorLimits.Verdict.Wait.class);

        now.addAndGet(Duration.ofMinutes(1).toNanos());

        assertThat(oncePerHour.admit("192.0.2.2")).as("its one token of the hour is still there")
                .isInstanceOf(DoorLimits.Verdict.Pass.class);
    }

    @Test
    void an_ipv6_client_is_counted_by_its_slash_64_and_an_ipv4_one_by_its_address() {
        assertThat(DoorLimits.client("2001:db8:1:2:aaaa::1")).isEqualTo(DoorLimits.client("2001:db8:1:2:ffff::9"))
                .isEqualTo("20010db800010002::/64");
        assertThat(DoorLimits.client("[2001:db8:1:3::1]")).isEqualTo("20010db800010003::/64");
        assertThat(DoorLimits.client("192.0.2.1")).isNotEqualTo(DoorLimits.client("192.0.2.2"));
        assertThat(DoorLimits.client("proxy.example")).as("never looked up").isEqualTo("proxy.example");
    }

    @Test
    void a_rate_is_requests_per_an_iso_period_and_a_bad_one_names_the_setting() {
        assertThat(Rate.parse("x", "60/PT10M")).isEqualTo(new Rate(60, Duration.ofMinutes(10)));
        assertThatThrownBy(() -> Rate.parse("crossings.preregistration.overall", "60 a minute"))
                .hasMessage("crossings.preregistration.overall \"60 a minute\" must be requests/period, such as"
                        + " 60/PT10M");
        assertThatThrownBy(() -> Rate.parse("crossings.preregistration.overall", "0/PT1M"))
                .hasMessageStartingWith("crossings.preregistration.overall \"0/PT1M\"");
    }
}
