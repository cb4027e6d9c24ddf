package org.crossings.server;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.crossings.server.travel.http.AnonymousDoor;
import org.crossings.server.travel.store.PostgresPreregistrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The anonymous door of a serving node: pre-registrations are limited per client address and for everyone together
 * ({@link AnonymousDoor}, before sign-in), and those that expired are forgotten every
 * {@code crossings.preregistration.purge-every} (default ten minutes): they hold personal data that no one took in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // `crossings rebuild` serves no one
class PreregistrationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PreregistrationConfiguration.class);

    @Bean
    FilterRegistrationBean<AnonymousDoor> anonymousDoor(
            @Value("${crossings.preregistration.per-address:60/PT10M}") String perAddress,
            @Value("${crossings.preregistration.overall:1200/PT1M}") String overall,
            @Value("${crossings.preregistration.addresses-remembered:100000}") int addresses) {
        FilterRegistrationBean<AnonymousDoor> registration =
                new FilterRegistrationBean<>(new AnonymousDoor(perAddress, overall, addresses));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService preregistrationPurge(PostgresPreregistrations preregistrations, Clock clock,
            @Value("${crossings.preregistration.purge-every:PT10M}") Duration every) {
        ScheduledExecutorService purge = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("preregistration-purge").daemon().factory());
        purge.scheduleWithFixedDelay(() -> {
            try {
                int forgotten = preregistrations.purge(clock.instant());
                if (forgotten > 0) {
                    log.info("Forgot {} expired pre-registrations", forgotten);
                }
            } catch (RuntimeException failure) {
                log.warn("Could not forget expired pre-registrations: {}", failure.toString());
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return purge;
    }
}
