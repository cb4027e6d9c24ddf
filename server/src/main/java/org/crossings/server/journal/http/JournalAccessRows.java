package org.crossings.server.journal.http;

import static org.crossings.server.http.Rule.anyone;
import static org.crossings.server.http.Rule.signedIn;

import org.crossings.server.http.AccessRows;
import org.crossings.server.http.AccessRules;

/**
 * The journal's rows: health, the public log (C2SP tlog-tiles) and findings; none needs a role, since the journal knows
 * no people. Payloads for their recipients are the parties' rows ({@code PayloadRoutes} lives with the parties).
 */
public final class JournalAccessRows implements AccessRows {

    @Override
    public void addTo(AccessRules.Builder table) {
        table.row("GET", "/health", anyone())
                .row("GET", "/health/live", anyone())
                .row("GET", "/health/ready", anyone())
                .row("GET", "/log/**", anyone())
                .row("GET", "/api/findings", signedIn());
    }
}
