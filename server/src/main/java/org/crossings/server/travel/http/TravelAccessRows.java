package org.crossings.server.travel.http;

import static org.crossings.server.http.Rule.anyOf;
import static org.crossings.server.http.Rule.anyone;
import static org.crossings.server.http.Rule.holding;
import static org.crossings.server.http.Rule.officerAt;
import static org.crossings.server.http.Rule.signedIn;

import org.crossings.server.http.AccessRows;
import org.crossings.server.http.AccessRules;
import org.crossings.server.people.Role;

/**
 * The travellers' rows: anyone pre-registers and fetches a receipt by its reference (receipts hold public envelopes
 * only); the front office (the operator's, or a state officer at the post left) takes in; only state officers decide,
 * and the use case checks the post and the side; a post's queue is its officers'; the desk is the same use cases as
 * a screen.
 */
public final class TravelAccessRows implements AccessRows {

    @Override
    public void addTo(AccessRules.Builder table) {
        table.row("POST", "/api/preregistrations", anyone())
                .row("GET", "/preregister", anyone())
                .row("POST", "/preregister", anyone())
                .row("POST", "/api/intake", anyOf(holding(Role.STATE_OFFICER), holding(Role.OPERATOR_FRONT_OFFICE)))
                .row("GET", "/api/cases/{reference}", signedIn())
                .row("POST", "/api/cases/{reference}/decisions", holding(Role.STATE_OFFICER))
                .row("GET", "/api/cases/{reference}/receipt", anyone())
                .row("GET", "/api/cases/{reference}/receipts/{index}", anyone())
                .row("GET", "/cases/{reference}/receipt", anyone())
                .row("GET", "/api/posts/{post}/queue", officerAt("post"))
                .row("GET", "/api/refusal-reasons", anyone())
                .row("GET", "/desk", anyOf(holding(Role.STATE_OFFICER), holding(Role.OPERATOR_FRONT_OFFICE)))
                .row("POST", "/desk/intake", anyOf(holding(Role.STATE_OFFICER), holding(Role.OPERATOR_FRONT_OFFICE)))
                .row("POST", "/desk/cases/{reference}/decision", holding(Role.STATE_OFFICER));
    }
}
