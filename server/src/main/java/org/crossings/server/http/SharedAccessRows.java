package org.crossings.server.http;

import static org.crossings.server.http.Rule.anyone;
import static org.crossings.server.http.Rule.signedIn;

/** The rows of what no feature owns: metrics, the icon and assets, the API description. */
public final class SharedAccessRows implements AccessRows {

    @Override
    public void addTo(AccessRules.Builder table) {
        table.row("GET", "/metrics", signedIn())
                .row("GET", "/favicon.ico", anyone())
                .row("GET", "/assets/**", anyone())
                .row("GET", "/openapi.*", anyone())
                .row("GET", "/v3/api-docs*", anyone())
                .row("GET", "/v3/api-docs/**", anyone());
    }
}
