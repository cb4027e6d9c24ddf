package org.crossings.server.people.http;

import org.crossings.server.http.AccessRows;
import org.crossings.server.http.AccessRules;

import static org.crossings.server.http.Rule.anyone;
import static org.crossings.server.http.Rule.signedIn;
import static org.crossings.server.http.Rule.signedInWithPassword;

/** The people's rows: signing in and out, who am I, and one's own API tokens. */
public final class PeopleAccessRows implements AccessRows {

    @Override
    public void addTo(AccessRules.Builder table) {
        table.row("GET", "/login", anyone())
                .row("POST", "/login", anyone())
                .row("POST", "/logout", anyone())
                .row("GET", "/", signedIn())
                .row("GET", "/api/me", signedIn())
                // issued only to a person who signed in with a password, never to a token
                .row("POST", "/api/me/tokens", signedInWithPassword())
                .row("GET", "/api/me/tokens", signedIn())
                .row("DELETE", "/api/me/tokens/{token}", signedIn());
    }
}
