package org.crossings.server;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.crossings.server.idempotency.http.IdempotencyFilter;
import org.crossings.server.idempotency.store.PostgresRequestOutcomes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retried writes answered once: the outcomes of requests sent with an {@code Idempotency-Key}, kept for {@code
 * crossings.idempotency.kept-for} (default a day), and the filter that claims, keeps and replays them, placed right
 * after sign-in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class IdempotencyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    @Bean
    PostgresRequestOutcomes requestOutcomes(DataSource dataSource,
            @Value("${crossings.idempotency.kept-for:P1D}") Duration keptFor) {
        return new PostgresRequestOutcomes(JdbcClient.create(dataSource), Duration.ofMinutes(1), keptFor);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(PostgresRequestOutcomes outcomes,
            @Value("${crossings.idempotency.max-body:1048576}") int maxBody) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(outcomes, maxBody));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** Forgets expired outcomes every ten minutes. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService idempotencyExpiry(PostgresRequestOutcomes outcomes) {
        ScheduledExecutorService expiry = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("idempotency-expiry").daemon().factory());
        expiry.scheduleWithFixedDelay(() -> {
            try {
                outcomes.expire();
            } catch (RuntimeException failure) {
                log.warn("Could not forget expired idempotent requests: {}", failure.toString());
            }
        }, 1, 10, TimeUnit.MINUTES);
        return expiry;
    }
}
