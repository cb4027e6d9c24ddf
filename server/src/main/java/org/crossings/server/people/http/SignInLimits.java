package org.crossings.server.people.http;

import java.time.Duration;
import java.util.Objects;

/**
 * When sign-in pauses: after {@code accountFailures} failed sign-ins to one account, or {@code addressFailures} from
 * one client address, within {@code window}, sign-in to that account, or from that address, is refused for
 * {@code pause}, right password or not. Configured as {@code crossings.signin.*}.
 */
public record SignInLimits(int accountFailures, int addressFailures, Duration window, Duration pause) {

    public SignInLimits {
        Objects.requireNonNull(window, "crossings.signin.window");
        Objects.requireNonNull(pause, "crossings.signin.pause");
        if (accountFailures < 1 || addressFailures < 1) {
            throw new IllegalArgumentException("crossings.signin.account-failures (" + accountFailures
                    + ") and crossings.signin.address-failures (" + addressFailures + ") must be at least 1");
        }
        if (window.isNegative() || window.isZero() || pause.isNegative() || pause.isZero()) {
            throw new IllegalArgumentException("crossings.signin.window (" + window + ") and crossings.signin.pause ("
                    + pause + ") must be positive");
        }
    }
}
