package org.crossings.server.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: external when {@code crossings.db.url} (env {@code CROSSINGS_DB_URL}) is set, embedded otherwise.
 * The data source is returned only once both migration sets have run, so nothing reads an old schema.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${crossings.db.url:}") String url, @Value("${crossings.data-dir}") Path dataDir) {
        return url.isBlank() ? EmbeddedDatabase.start(dataDir.resolve("postgres")) : EmbeddedDatabase.none();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            EmbeddedDatabase embedded,
            @Value("${crossings.db.url:}") String url,
            @Value("${crossings.db.user:}") String user,
            @Value("${crossings.db.password:}") String password,
            @Value("${crossings.db.pool-size:16}") int poolSize,
            @Value("${crossings.db.connection-timeout:PT2S}") java.time.Duration connectionTimeout) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("crossings");
        config.setMaximumPoolSize(poolSize);
        // When the database goes away, a request must fail within seconds (503: nothing recorded), not hang for
        // Hikari's default 30 s; the pool reconnects by itself once the database is back.
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setValidationTimeout(Math.min(1_000, connectionTimeout.toMillis()));
        config.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, connectionTimeout.toSeconds())));
        if (url.isBlank()) {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user.isBlank() ? null : user);
            config.setPassword(password.isBlank() ? null : password);
            log.info("Using the external PostgreSQL at {}", url);
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        Migrations.apply(dataSource);
        return dataSource;
    }

    /** An embedded PostgreSQL in the data directory, or nothing when an external one is configured. */
    public static final class EmbeddedDatabase implements AutoCloseable {
        private final EmbeddedPostgres postgres;

        private EmbeddedDatabase(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        static EmbeddedDatabase start(Path directory) {
            try {
                Files.createDirectories(directory.getParent());
                OrphanedPostgres.stopIfAny(directory);
                log.info("Starting the embedded PostgreSQL in {}", directory.toAbsolutePath());
                return new EmbeddedDatabase(EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .setServerConfig("max_connections", "100")
                        // zonky's defaults trade durability for test speed; nothing acknowledged may be lost here
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .start());
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory, e);
            }
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
