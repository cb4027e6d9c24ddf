package org.crossings.server.travel.http;

import java.security.Principal;
import java.time.Clock;
import java.util.Optional;
import org.crossings.server.http.Caller;
import org.crossings.server.people.Role;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.Cases;
import org.crossings.server.travel.PendingPreregistration;
import org.crossings.server.travel.Preregistrations;
import org.crossings.server.travel.TravellerCase;
import org.crossings.server.travel.TravellerSecret;
import org.crossings.server.travel.UnknownCase;
import org.springframework.security.core.Authentication;

/**
 * Who may read a traveller's receipt: the traveller, with the reference and their secret; and the people who handle
 * travellers (state officers, the operator's front office), signed in, with the reference alone, as they always could.
 * Anyone else, with a wrong secret or none, gets the answer an unknown reference gets ({@link
 * UnknownCase#withoutItsSecret}): a reference alone tells nothing of a case.
 */
final class ReceiptReaders {

    /** What a reference and a secret open: a case in the log, or a pre-registration not in it yet. */
    sealed interface Opened {
        record Logged(TravellerCase travellerCase) implements Opened {
        }

        record NotLoggedYet(PendingPreregistration preregistration) implements Opened {
        }
    }

    private final Cases cases;
    private final Preregistrations preregistrations;
    private final Clock clock;

    ReceiptReaders(Cases cases, Preregistrations preregistrations, Clock clock) {
        this.cases = cases;
        this.preregistrations = preregistrations;
        this.clock = clock;
    }

    /**
     * What {@code secret} (or the signed-in {@code principal}) opens under {@code reference}.
     *
     * @throws UnknownCase the same one whether the case does not exist or the secret is not its traveller's
     * @throws IllegalArgumentException naming {@code reference} or {@code secret} when either is malformed
     */
    Opened open(String reference, Optional<String> secret, Principal principal) {
        CaseReference asked = TravelRequests.reference(reference);
        if (handlesTravellers(principal)) {
            return new Opened.Logged(cases.require(asked));
        }
        TravellerSecret given = secret.map(TravelRequests::secret)
                .orElseThrow(() -> UnknownCase.withoutItsSecret(asked));
        if (cases.secretHash(asked).filter(given::matches).isPresent()) {
            return new Opened.Logged(cases.require(asked));
        }
        return preregistrations.find(asked, clock.instant()).filter(p -> given.matches(p.secretHash()))
                .<Opened>map(Opened.NotLoggedYet::new).orElseThrow(() -> UnknownCase.withoutItsSecret(asked));
    }

    /** Only a case in the log has a receipt; a pre-registration is told that it is not in the log yet. */
    TravellerCase openLogged(String reference, Optional<String> secret, Principal principal) {
        return switch (open(reference, secret, principal)) {
            case Opened.Logged logged -> logged.travellerCase();
            case Opened.NotLoggedYet pending -> throw UnknownCase.notLoggedYet(pending.preregistration().reference());
        };
    }

    /**
     * A state officer or the operator's front office, signed in. An API token's principal is the {@link Caller}; a
     * browser session's is Spring's user, whose authorities are the person's roles ({@code ROLE_STATE_OFFICER}).
     */
    static boolean handlesTravellers(Principal principal) {
        if (!(principal instanceof Authentication signedIn) || !signedIn.isAuthenticated()) {
            return false;
        }
        if (signedIn.getPrincipal() instanceof Caller caller) {
            return TravelViews.handlesTravellers(caller);
        }
        return signedIn.getAuthorities().stream().map(granted -> granted.getAuthority()).anyMatch(authority ->
                authority.equals("ROLE_" + Role.STATE_OFFICER.name())
                        || authority.equals("ROLE_" + Role.OPERATOR_FRONT_OFFICE.name()));
    }
}
