package org.crossings.server;

import static org.crossings.server.journal.ProjectionList.listed;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.crossings.server.journal.PartySigners;
import org.crossings.server.journal.ProjectionList;
import org.crossings.server.journal.SignaturesMade;
import org.crossings.server.journal.http.NodeHealth;
import org.crossings.server.journal.store.FilePartySigners;
import org.crossings.server.journal.store.PostgresJournal;
import org.crossings.server.journal.store.ScheduledIntegrityScan;
import org.crossings.server.journal.store.SignerKeyFile;
import org.crossings.server.party.Keyrings;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.store.KeyringSignatures;
import org.crossings.server.party.store.PostgresParties;
import org.crossings.server.agreement.store.PostgresAgreements;
import org.crossings.server.place.store.PostgresPlaces;
import org.crossings.server.travel.store.PostgresCases;
import org.crossings.tlog.log.LogReads;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.log.LogWriterConfig;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.note.VerifierKey;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.storage.PostgresLogStorage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the journal is built from: the log's storage, its signing key, its writer and its read side; the party keys
 * this node holds; and the journal that signs, appends and projects every change.
 */
@Configuration(proxyBeanMethods = false)
class JournalConfiguration {

    @Bean
    LogStorage logStorage(DataSource dataSource) {
        return new PostgresLogStorage(dataSource);
    }

    @Bean
    Ed25519NoteSigner logSigner(
            @Value("${crossings.log.signer-key-file:${crossings.data-dir}/log-signer.key}") Path keyFile,
            @Value("${crossings.log.origin}") String origin) {
        return SignerKeyFile.loadOrCreate(keyFile, origin);
    }

    @Bean
    VerifierKey logVerifierKey(Ed25519NoteSigner logSigner) {
        return VerifierKey.parse(logSigner.verifier().verifierKey());
    }

    @Bean(destroyMethod = "close")
    LogWriter logWriter(
            LogStorage storage,
            Ed25519NoteSigner logSigner,
            @Value("${crossings.log.max-batch-size:1024}") int maxBatchSize,
            // a millisecond at most: batches gather while one commits anyway; the short wait makes them bigger under load
            // (fewer partial tiles rewritten, less WAL per entry) for at most 1 ms more latency (BENCHMARKS.md, 5)
            @Value("${crossings.log.max-batch-wait:PT0.001S}") Duration maxBatchWait,
            @Value("${crossings.log.checkpoint-interval:PT1S}") Duration checkpointInterval) {
        LogWriterConfig config = LogWriterConfig.defaults(logSigner.name())
                .withMaxBatchSize(maxBatchSize)
                .withMaxBatchWait(maxBatchWait)
                .withCheckpointInterval(checkpointInterval);
        return LogWriter.start(storage, logSigner, config);
    }

    @Bean
    LogReads logReads(LogStorage storage) {
        return new LogReads(storage);
    }

    /** The scan of the stored log against its checkpoints (README, "Integrity"); {@code /health} reads its report. */
    @Bean(destroyMethod = "close")
    ScheduledIntegrityScan integrityScan(LogStorage storage, VerifierKey logVerifierKey, Clock clock,
            @Value("${crossings.integrity.first-scan:PT10S}") Duration firstScan,
            @Value("${crossings.integrity.scan-interval:PT5M}") Duration interval,
            @Value("${crossings.integrity.recheck-entries:250000}") long recheckEntries) {
        return ScheduledIntegrityScan.start(storage, Ed25519NoteVerifier.of(logVerifierKey), clock,
                new ScheduledIntegrityScan.Schedule(firstScan, interval, recheckEntries));
    }

    @Bean
    FilePartySigners partySigners(
            @Value("${crossings.data-dir}") Path dataDir,
            @Value("${crossings.node.parties}") Set<String> parties) {
        return new FilePartySigners(dataDir.resolve("keys"),
                parties.stream().map(PartyCode::of).map(PartyCode::signatory).collect(Collectors.toSet()));
    }

    @Bean
    NodeHealth nodeHealth(PostgresJournal journal, ScheduledIntegrityScan integrity, LogWriter writer,
            DataSource dataSource,
            @Value("${crossings.health.max-lag:10000}") long maxLag,
            @Value("${crossings.health.findings-block-readiness:true}") boolean findingsBlockReadiness) {
        return new NodeHealth(journal, integrity, writer, dataSource, maxLag, findingsBlockReadiness);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The read models, in the order each entry is given to them, each after those it reads while it applies one:
     * this list is every projection there is (a new read model is added here, or it is never built).
     */
    @Bean
    ProjectionList projections(PostgresParties parties, PostgresPlaces places, PostgresAgreements agreements,
            PostgresCases cases) {
        return ProjectionList.of(
                listed(parties),
                listed(places),
                listed(agreements, parties, places),
                listed(cases, places, agreements));
    }

    @Bean(destroyMethod = "close")
    PostgresJournal journal(LogWriter writer, LogStorage storage, DataSource dataSource,
            PlatformTransactionManager transactions, ProjectionList projections, Keyrings keyrings,
            PartySigners signers, Clock clock) {
        SignaturesMade made = new SignaturesMade();
        return PostgresJournal.start(writer, storage, JdbcClient.create(dataSource),
                new TransactionTemplate(transactions), projections.inOrder(), new KeyringSignatures(keyrings, made),
                signers, made, clock);
    }
}
