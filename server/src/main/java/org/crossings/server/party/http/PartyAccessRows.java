package org.crossings.server.party.http;

import static org.crossings.server.http.Rule.anyone;
import static org.crossings.server.http.Rule.signatoryOf;
import static org.crossings.server.http.Rule.workingWithData;

import org.crossings.server.http.AccessRows;
import org.crossings.server.http.AccessRules;

/**
 * The parties' rows: parties with their published keys are public; a signatory rotates its own party's key; a log
 * entry's payload parts go to the parties they were written for ({@link PayloadRoutes}).
 */
public final class PartyAccessRows implements AccessRows {

    @Override
    public void addTo(AccessRules.Builder table) {
        table.row("GET", "/api/parties", anyone())
                .row("GET", "/api/parties/{code}", anyone())
                .row("GET", "/api/parties/{code}/keys", anyone())
                .row("POST", "/api/parties/{party}/keys", signatoryOf("party"))
                // a payload only for those who work with the data, of a party the envelope names (the route checks
                // the party)
                .row("GET", "/api/entries/{index}/payload", workingWithData());
    }
}
