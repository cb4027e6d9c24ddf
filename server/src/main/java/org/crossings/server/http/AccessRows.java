package org.crossings.server.http;

/**
 * The rows one feature contributes to the one table of access rules: each feature's {@code http} package says who
 * may call its routes, and {@code org.crossings.server.AccessTable} lists every feature's rows, in order, as the
 * single {@link AccessRules}. A row is never hidden in a feature: the table is printed and tested as a whole.
 */
@FunctionalInterface
public interface AccessRows {

    /** Adds this feature's rows to {@code table}; a method and pattern already in it MUST NOT be added again. */
    void addTo(AccessRules.Builder table);
}
