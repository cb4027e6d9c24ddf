package org.crossings.server.journal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.crossings.server.journal.IntegrityReport;
import org.crossings.server.journal.IntegrityReport.Status;
import org.crossings.tlog.audit.Discrepancy.Kind;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.log.LogWriterConfig;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.storage.Batch;
import org.crossings.tlog.storage.EmbeddedLogDatabase;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.storage.LogStorageException;
import org.crossings.tlog.storage.PostgresLogStorage;
import org.crossings.tlog.storage.PublishedCheckpoint;
import org.crossings.tlog.storage.TreeState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The background scan on a real PostgreSQL log, tampered with as someone with access to the database could: rows
 * edited or deleted with the append-only triggers off.
 */
class ScheduledIntegrityScanTest {

    private static final String ORIGIN = "crossings.test/scanned-log";
    private static final Ed25519NoteSigner SIGNER = Ed25519NoteSigner.fromSeed(ORIGIN, new byte[32]);
    private static final ScheduledIntegrityScan.Schedule ON_DEMAND =
            new ScheduledIntegrityScan.Schedule(Duration.ZERO, Duration.ZERO, 300);
    private static EmbeddedLogDatabase postgres;

    private DataSource database;
    private PostgresLogStorage storage;
    private LogWriter writer;
    private final List<ScheduledIntegrityScan> scans = new ArrayList<>();

    @BeforeAll
    static void startPostgres() {
        postgres = new EmbeddedLogDatabase();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void writeALogOf1000Entries() {
        database = postgres.freshDatabase();
        storage = new PostgresLogStorage(database);
        writer = LogWriter.start(storage, SIGNER,
                LogWriterConfig.defaults(ORIGIN).withCheckpointInterval(Duration.ofHours(1)));
        append(1000);
    }

    @AfterEach
    void stop() {
        scans.forEach(ScheduledIntegrityScan::close);
        writer.close();
    }

    private ScheduledIntegrityScan scan(LogStorage of, ScheduledIntegrityScan.Schedule schedule) {
        ScheduledIntegrityScan scan = ScheduledIntegrityScan.start(of, SIGNER.verifier(), Clock.systemUTC(), schedule);
        scans.add(scan);
        return scan;
    }

    @Test
    void before_its_first_scan_it_says_so() {
        assertThat(scan(storage, ON_DEMAND).latest().status()).isEqualTo(Status.NOT_SCANNED_YET);
    }

    @Test
    void a_log_that_keeps_what_it_signed_is_intact_and_the_first_scan_checked_all_of_it() {
        IntegrityReport report = scan(storage, ON_DEMAND).scan();

        assertThat(report.status()).isEqualTo(Status.INTACT);
        assertThat(report.verifiedSize()).isEqualTo(1000);
        assertThat(report.recheckedSize()).isEqualTo(1000);
        assertThat(report.wholeLogCheckedAt()).isPresent();
    }

    @Test
    void it_scans_once_shortly_after_start_on_its_own() throws InterruptedException {
        ScheduledIntegrityScan scan = scan(storage, new ScheduledIntegrityScan.Schedule(Duration.ZERO,
                Duration.ofHours(1), 300));

        for (int tries = 0; tries < 100 && !scan.latest().intact(); tries++) {
            Thread.sleep(100);
        }

        assertThat(scan.latest().status()).isEqualTo(Status.INTACT);
    }

    @Test
    void a_deleted_tile_is_reported_with_evidence_and_again_at_every_later_scan() throws SQLException {
        ScheduledIntegrityScan scan = scan(storage, ON_DEMAND);
        String checkpoint = storage.latestCheckpoint().orElseThrow().note();
        tamper("DELETE FROM tlog_tiles WHERE level = 0 AND idx = 2");

        IntegrityReport report = scan.scan();

        assertThat(report.status()).isEqualTo(Status.TAMPERED);
        assertThat(report.intact()).isFalse();
        assertThat(report.discrepancy()).hasValueSatisfying(found -> {
            assertThat(found.kind()).isEqualTo(Kind.TILE_MISSING);
            assertThat(found.resource()).isEqualTo("tile/0/002");
            assertThat(found.evidence()).contains(checkpoint);
        });
        assertThat(scan.latest()).isEqualTo(report);
        assertThat(scan.scan().discrepancy()).isEqualTo(report.discrepancy());
    }

    @Test
    void later_scans_verify_the_new_entries_against_the_new_checkpoint() {
        ScheduledIntegrityScan scan = scan(storage, ON_DEMAND);
        scan.scan();
        append(700);

        IntegrityReport report = scan.scan();

        assertThat(report.status()).isEqualTo(Status.INTACT);
        assertThat(report.verifiedSize()).isEqualTo(1700);
    }

    @Test
    void an_old_entry_edited_after_it_was_verified_is_found_within_one_pass_of_the_recheck() throws SQLException {
        ScheduledIntegrityScan scan = scan(storage, ON_DEMAND);
        assertThat(scan.scan().intact()).isTrue();
        tamper("UPDATE tlog_entries SET data = convert_to('forged', 'UTF8') WHERE idx = 700");

        List<Status> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(scan.scan().status());
        }

        // 300 entries re-checked per scan: 0..299, 300..599, then 600..899 holds entry 700
        assertThat(statuses).containsExactly(Status.INTACT, Status.INTACT, Status.TAMPERED, Status.TAMPERED);
        assertThat(scan.latest().discrepancy()).hasValueSatisfying(found -> {
            assertThat(found.kind()).isEqualTo(Kind.ENTRY_DIFFERS_FROM_TILE);
            assertThat(found.entry()).hasValue(700);
        });
    }

    @Test
    void a_storage_it_cannot_read_is_not_checked_rather_than_tampered() {
        IntegrityReport report = scan(new Unreachable(), ON_DEMAND).scan();

        assertThat(report.status()).isEqualTo(Status.NOT_CHECKED);
        assertThat(report.failure()).hasValueSatisfying(failure -> assertThat(failure).contains("connection refused"));
        assertThat(report.discrepancy()).isEmpty();
    }

    private void append(int count) {
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(("entry " + (writer.size() + i)).getBytes(StandardCharsets.UTF_8));
        }
        writer.appendAll(entries).join();
        writer.publish();
    }

    /** Runs SQL with the append-only triggers off, as the tables' owner can. */
    private void tamper(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute(sql);
        }
    }

    /** A storage whose database is down. */
    private static final class Unreachable implements LogStorage {

        private static LogStorageException down() {
            return new LogStorageException("connection refused");
        }

        @Override
        public Optional<TreeState> state() {
            throw down();
        }

        @Override
        public void commit(Batch batch) {
            throw down();
        }

        @Override
        public List<byte[]> entries(long start, int count) {
            throw down();
        }

        @Override
        public Optional<byte[]> tile(int level, long index) {
            throw down();
        }

        @Override
        public void publish(PublishedCheckpoint checkpoint) {
            throw down();
        }

        @Override
        public Optional<PublishedCheckpoint> latestCheckpoint() {
            throw down();
        }

        @Override
        public List<PublishedCheckpoint> checkpoints(long minSize, long maxSize) {
            throw down();
        }
    }
}
