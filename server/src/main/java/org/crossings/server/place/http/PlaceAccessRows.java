package org.crossings.server.place.http;

import static org.crossings.server.http.Rule.anyone;

import org.crossings.server.http.AccessRows;
import org.crossings.server.http.AccessRules;

/** The places' rows: posts and passages are public. */
public final class PlaceAccessRows implements AccessRows {

    @Override
    public void addTo(AccessRules.Builder table) {
        table.row("GET", "/api/posts", anyone())
                .row("GET", "/api/posts/{code}", anyone())
                .row("GET", "/api/passages", anyone());
    }
}
