package org.crossings.server.party.http;

import static org.crossings.server.http.Rule.anyone;
import static org.crossings.server.http.Rule.signatoryOf;

import org.crossings.server.http.AccessRows;
import org.crossings.server.http.AccessRules;

/** The parties' rows: parties with their published keys are public; a signatory rotates its own party's key. */
public final class PartyAccessRows implements AccessRows {

    @Override
    public void addTo(AccessRules.Builder table) {
        table.row("GET", "/api/parties", anyone())
                .row("GET", "/api/parties/{code}", anyone())
                .row("GET", "/api/parties/{code}/keys", anyone())
                .row("POST", "/api/parties/{party}/keys", signatoryOf("party"));
    }
}
