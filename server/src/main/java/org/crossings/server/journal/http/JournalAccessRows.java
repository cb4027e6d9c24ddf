package org.crossings.server.journal.http;

import static org.crossings.server.http.Rule.anyOf;
import static org.crossings.server.http.Rule.anyone;
import static org.crossings.server.http.Rule.holding;
import static org.crossings.server.http.Rule.signedIn;

import org.crossings.server.http.AccessRows;
import org.crossings.server.http.AccessRules;
import org.crossings.server.people.Role;

/** The journal's rows: health, the public log (C2SP tlog-tiles), findings, and payloads for their recipients. */
public final class JournalAccessRows implements AccessRows {

    @Override
    public void addTo(AccessRules.Builder table) {
        table.row("GET", "/health", anyone())
                .row("GET", "/health/live", anyone())
                .row("GET", "/health/ready", anyone())
                .row("GET", "/log/**", anyone())
                .row("GET", "/api/findings", signedIn())
                // a payload only for those who work with the data, of a party the envelope names (the route checks
                // the party): state officers, the operator's front office, observers; not carriers, who are the
                // public of a state party, nor signatories, who read agreements through their own routes
                .row("GET", "/api/entries/{index}/payload", anyOf(holding(Role.STATE_OFFICER),
                        holding(Role.OPERATOR_FRONT_OFFICE), holding(Role.OBSERVER)));
    }
}
