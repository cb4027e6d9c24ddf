/**
 * Where Crossings keeps its state: an external PostgreSQL named by {@code CROSSINGS_DB_URL}, or else an embedded
 * PostgreSQL 17 in the data directory, which survives restarts. Schema changes are Flyway migrations: the log's own
 * ({@code classpath:db/tlog}, shipped by the tlog module) and the server's ({@code classpath:db/migration}), each with
 * its own history table so that the two modules version their tables independently.
 */
package org.crossings.server.database;
