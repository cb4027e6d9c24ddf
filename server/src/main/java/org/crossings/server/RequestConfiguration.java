package org.crossings.server;

import org.crossings.server.value.http.PlainNumbers;
import org.crossings.server.value.http.StrictJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How every request is read: JSON bodies strictly ({@link StrictJson}), numbers in paths and queries as plain decimals
 * ({@link PlainNumbers}, also an advice that gives every route its editors). The size bound of JSON bodies and the
 * problems of unreadable requests are advice of the {@code value.http} package too; the bounds of forms and of what
 * Tomcat swallows are in {@code application.properties}.
 */
@Configuration(proxyBeanMethods = false)
class RequestConfiguration {

    @Bean
    StrictJson strictJson() {
        return new StrictJson();
    }

    @Bean
    WebMvcConfigurer plainNumberConversions() {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                PlainNumbers.register(registry);
            }
        };
    }
}
