package org.crossings.server;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.crossings.server.http.ProblemReportValve;
import org.crossings.server.http.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What every answer of the web server has, whoever gives it: the security headers ({@link SecurityHeaders}, first of
 * all filters, on every dispatch), and RFC 9457 problems from Tomcat itself ({@link ProblemReportValve}) for the
 * requests it refuses before any filter runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    /**
     * Runs after Spring Boot's own customizer, which adds a plain {@link ErrorReportValve} to the host: that one is
     * replaced, and the host is told the class, so that it never adds another.
     */
    @Bean
    ProblemReports problemReports() {
        return new ProblemReports();
    }

    /**
     * Runs after Spring Boot's own customizer, which adds a plain {@link ErrorReportValve} to the host: that one is
     * replaced, and the host is told the class, so that it never adds another.
     */
    static final class ProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> reportProblems((Host) context.getParent()));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private static void reportProblems(Host host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (host instanceof org.apache.catalina.core.StandardHost standard) {
            standard.setErrorReportValveClass(ProblemReportValve.class.getName());
        }
        host.getPipeline().addValve(new ProblemReportValve());
    }
}
