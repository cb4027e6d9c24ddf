package org.crossings.tlog.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.crossings.tlog.audit.Discrepancy;
import org.crossings.tlog.audit.Discrepancy.Kind;
import org.crossings.tlog.audit.LogAudit;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.log.LogWriterConfig;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The log's own PostgreSQL storage, audited: what the writer stored passes, and what someone with access to the
 * database changed behind the writer's back (bypassing the append-only triggers, as the owner of the tables can) is
 * found and named.
 */
class StoredResourcesTest {

    private static final String ORIGIN = "crossings.test/stored-log";
    private static final Ed25519NoteSigner SIGNER = Ed25519NoteSigner.fromSeed(ORIGIN, new byte[32]);
    private static EmbeddedLogDatabase postgres;

    private DataSource database;
    private PostgresLogStorage storage;

    @BeforeAll
    static void startPostgres() {
        postgres = new EmbeddedLogDatabase();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void writeALog() {
        database = postgres.freshDatabase();
        storage = new PostgresLogStorage(database);
        try (LogWriter writer = LogWriter.start(storage, SIGNER,
                LogWriterConfig.defaults(ORIGIN).withCheckpointInterval(Duration.ofHours(1)))) {
            writer.appendAll(entries(0, 1000)).join();
            writer.publish();
        }
    }

    private Discrepancy audited() {
        String checkpoint = storage.latestCheckpoint().orElseThrow().note();
        return new LogAudit(SIGNER.verifier()).advance(checkpoint, new StoredResources(storage)).orElseThrow();
    }

    @Test
    void what_the_writer_stored_passes_also_when_the_tiles_grew_past_the_checkpoint() {
        String checkpoint = storage.latestCheckpoint().orElseThrow().note();
        try (LogWriter writer = LogWriter.start(storage, SIGNER,
                LogWriterConfig.defaults(ORIGIN).withCheckpointInterval(Duration.ofHours(1)))) {
            writer.appendAll(entries(1000, 500)).join();
        }
        LogAudit audit = new LogAudit(SIGNER.verifier());

        assertThat(audit.advance(checkpoint, new StoredResources(storage))).isEmpty();
        assertThat(audit.advance(storage.latestCheckpoint().orElseThrow().note(), new StoredResources(storage)))
                .isEmpty();
        assertThat(audit.auditedSize()).isEqualTo(1500);
    }

    @Test
    void an_entry_updated_in_the_database_is_named_with_both_hashes() throws SQLException {
        tamper("UPDATE tlog_entries SET data = convert_to('forged 700', 'UTF8') WHERE idx = 700");

        Discrepancy found = audited();

        assertThat(found.kind()).isEqualTo(Kind.ENTRY_DIFFERS_FROM_TILE);
        assertThat(found.entry()).hasValue(700);
        assertThat(found.evidence()).contains(
                "leaf hash of the kept entry: " + TreeHash.leaf(bytes("forged 700")).hex(),
                "hash in the tile:            " + TreeHash.leaf(bytes("entry 700")).hex());
    }

    @Test
    void an_entry_deleted_from_the_database_is_named() throws SQLException {
        tamper("DELETE FROM tlog_entries WHERE idx = 400");

        Discrepancy found = audited();

        assertThat(found.kind()).isEqualTo(Kind.ENTRY_MISSING);
        assertThat(found.entry()).hasValue(400);
    }

    @Test
    void a_tile_deleted_from_the_database_is_named() throws SQLException {
        tamper("DELETE FROM tlog_tiles WHERE level = 0 AND idx = 2");

        Discrepancy found = audited();

        assertThat(found.kind()).isEqualTo(Kind.TILE_MISSING);
        assertThat(found.resource()).isEqualTo("tile/0/002");
    }

    /** Runs SQL as the tables' owner with the append-only triggers off, as a tamperer with database access can. */
    private void tamper(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute(sql);
        }
    }

    private static List<byte[]> entries(int from, int count) {
        List<byte[]> entries = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            entries.add(bytes("entry " + i));
        }
        return entries;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
