package org.crossings.server;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.crossings.server.admission.AdmissionLimits;
import org.crossings.server.admission.WriteAdmission;
import org.crossings.server.admission.http.AdmissionFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Shedding load: at most {@code crossings.admission.max-in-flight} writes at once (default 64), each waiting at most
 * {@code crossings.admission.max-wait} (default 50 ms) for a place, else 503 with {@code Retry-After: 1}. The filter
 * runs before sign-in; the writes turned away are counted ({@code crossings_admission_shed_total}) beside the writes in
 * flight ({@code crossings_admission_in_flight}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AdmissionConfiguration {

    @Bean
    WriteAdmission writeAdmission(@Value("${crossings.admission.max-in-flight:64}") int maxInFlight,
            @Value("${crossings.admission.max-wait:PT0.05S}") Duration maxWait, MeterRegistry registry) {
        WriteAdmission admission = new WriteAdmission(new AdmissionLimits(maxInFlight, maxWait));
        FunctionCounter.builder("crossings.admission.shed", admission, WriteAdmission::shed)
                .description("writes answered 503 because the node had too many in flight").register(registry);
        Gauge.builder("crossings.admission.in.flight", admission, WriteAdmission::inFlight)
                .description("writes being handled now").register(registry);
        return admission;
    }

    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionFilter(WriteAdmission admission) {
        FilterRegistrationBean<AdmissionFilter> registration = new FilterRegistrationBean<>(new AdmissionFilter(admission));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
