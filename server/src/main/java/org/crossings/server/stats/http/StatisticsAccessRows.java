package org.crossings.server.stats.http;

import static org.crossings.server.http.Rule.signedIn;

import org.crossings.server.http.AccessRows;
import org.crossings.server.http.AccessRules;

/**
 * The statistics' row: recomputed from the public envelopes (anyone holding the log can); signed in, since each
 * request reads the whole log.
 */
public final class StatisticsAccessRows implements AccessRows {

    @Override
    public void addTo(AccessRules.Builder table) {
        table.row("GET", "/api/statistics", signedIn());
    }
}
