package org.crossings.server;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;
import org.crossings.server.journal.JournalStatus;
import org.crossings.server.journal.store.PostgresJournal;
import org.crossings.tlog.log.LogWriter;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a node's IT watches, in the Prometheus format at {@code GET /metrics} (Micrometer): the log's size and the age
 * of its latest checkpoint, how far the read models lag behind the log and how many entries they set aside, the
 * log writer's batch sizes, the connection pool's use; Spring adds requests by route, method and status with latency
 * histograms ({@code http_server_requests_seconds}) and the JVM's own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class MetricsConfiguration {

    @Bean
    InitializingBean crossingsMeters(MeterRegistry registry, PostgresJournal journal, LogWriter writer,
            DataSource dataSource, org.crossings.server.journal.IntegrityScan integrity) {
        return () -> {
            journalGauge(registry, journal, "crossings.log.size", "entries in the log", JournalStatus::logSize);
            journalGauge(registry, journal, "crossings.read.models.applied", "log entries the read models applied",
                    JournalStatus::applied);
            journalGauge(registry, journal, "crossings.read.models.lag", "log entries not yet applied by the read"
                    + " models", JournalStatus::lag);
            journalGauge(registry, journal, "crossings.log.entries.set.aside", "log entries a read model set aside"
                    + " (findings)", JournalStatus::findings);
            journalGauge(registry, journal, "crossings.read.models.stopped", "1 while the read models are stopped",
                    status -> status.stopped().isPresent() ? 1 : 0);
            Gauge.builder("crossings.log.integrity.tampered", integrity, scan -> scan.latest().status()
                            == org.crossings.server.journal.IntegrityReport.Status.TAMPERED ? 1 : 0)
                    .description("1 once the integrity scan found the stored log contradicting what it signed")
                    .register(registry);
            Gauge.builder("crossings.log.integrity.verified", integrity, scan -> scan.latest().verifiedSize())
                    .description("entries the integrity scan has checked against the signed checkpoint")
                    .register(registry);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            Gauge.builder("crossings.log.checkpoint.age", jdbc, MetricsConfiguration::checkpointAge)
                    .description("seconds since the latest checkpoint was signed").baseUnit("seconds")
                    .register(registry);
            DistributionSummary batches = DistributionSummary.builder("crossings.log.writer.batch.size")
                    .description("entries per batch the log writer committed").baseUnit("entries")
                    .publishPercentileHistogram().register(registry);
            writer.observeBatches(batches::record);
            if (dataSource instanceof HikariDataSource hikari) {
                pool(registry, hikari);
            }
        };
    }

    private static void journalGauge(MeterRegistry registry, PostgresJournal journal, String name, String what,
            ToDoubleFunction<JournalStatus> value) {
        Gauge.builder(name, journal, j -> value.applyAsDouble(j.status())).description(what).register(registry);
    }

    private static void pool(MeterRegistry registry, HikariDataSource hikari) {
        registerPool(registry, hikari, "active", "connections in use", HikariPoolMXBean::getActiveConnections);
        registerPool(registry, hikari, "idle", "idle connections", HikariPoolMXBean::getIdleConnections);
        registerPool(registry, hikari, "total", "open connections", HikariPoolMXBean::getTotalConnections);
        registerPool(registry, hikari, "pending", "threads waiting for a connection",
                HikariPoolMXBean::getThreadsAwaitingConnection);
        Gauge.builder("crossings.db.pool.max", hikari, HikariDataSource::getMaximumPoolSize)
                .description("the pool's maximum size").register(registry);
    }

    private static void registerPool(MeterRegistry registry, HikariDataSource hikari, String name, String what,
            ToDoubleFunction<HikariPoolMXBean> value) {
        Gauge.builder("crossings.db.pool." + name, hikari, h -> h.getHikariPoolMXBean() == null ? Double.NaN
                : value.applyAsDouble(h.getHikariPoolMXBean())).description(what).register(registry);
    }

    /** Seconds since the latest checkpoint was published; NaN before the first or while the database is away. */
    private static double checkpointAge(JdbcClient jdbc) {
        try {
            Double age = jdbc.sql("SELECT extract(epoch FROM now() - published_at) FROM tlog_checkpoints"
                    + " ORDER BY seq DESC LIMIT 1").query(Double.class).optional().orElse(null);
            return age == null ? Double.NaN : age;
        } catch (RuntimeException databaseAway) {
            return Double.NaN;
        }
    }
}
