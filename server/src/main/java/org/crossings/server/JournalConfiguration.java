package org.crossings.server;

import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.crossings.server.journal.store.SignerKeyFile;
import org.crossings.tlog.log.LogReads;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.log.LogWriterConfig;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.note.VerifierKey;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.storage.PostgresLogStorage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the journal is built from: the log's storage, its signing key, its writer and its read side. */
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
            @Value("${crossings.log.max-batch-wait:PT0.005S}") Duration maxBatchWait,
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
}
