package org.crossings.server.agreement.http;

import static org.crossings.server.http.Rule.holding;
import static org.crossings.server.http.Rule.signatoryOfAPartyTo;
import static org.crossings.server.http.Rule.signedIn;

import java.util.Objects;
import org.crossings.server.http.AccessRows;
import org.crossings.server.http.AccessRules;
import org.crossings.server.http.AgreementParties;
import org.crossings.server.people.Role;

/**
 * The agreements' rows: read by anyone signed in; proposed by a signatory (for the signatory's own party only);
 * amended, signed and suspended by a signatory of a party to the agreement; eligibility and the timeline for anyone
 * signed in.
 */
public final class AgreementAccessRows implements AccessRows {

    private final AgreementParties parties;

    public AgreementAccessRows(AgreementParties parties) {
        this.parties = Objects.requireNonNull(parties, "agreement parties");
    }

    @Override
    public void addTo(AccessRules.Builder table) {
        table.row("GET", "/api/agreements", signedIn())
                .row("GET", "/api/agreements/{agreement}", signedIn())
                .row("GET", "/api/agreements/{agreement}/versions/{version}", signedIn())
                .row("GET", "/api/agreements/{agreement}/signed-bytes", signedIn())
                .row("POST", "/api/agreements", holding(Role.AGREEMENT_SIGNATORY))
                .row("POST", "/api/agreements/{agreement}/versions", signatoryOfAPartyTo("agreement", parties))
                .row("POST", "/api/agreements/{agreement}/versions/{version}/signatures",
                        signatoryOfAPartyTo("agreement", parties))
                .row("POST", "/api/agreements/{agreement}/suspension", signatoryOfAPartyTo("agreement", parties))
                .row("POST", "/api/eligibility", signedIn())
                .row("GET", "/api/timeline", signedIn());
    }
}
