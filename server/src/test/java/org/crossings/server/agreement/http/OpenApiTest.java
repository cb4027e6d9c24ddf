package org.crossings.server.agreement.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The hand-written OpenAPI document names every agreement route. No YAML parser is on the class path, so this reads
 * it as text: each path is a key of {@code paths}, indented two spaces.
 */
class OpenApiTest {

    @Test
    void every_agreement_route_is_documented_in_openapi_yaml() throws IOException {
        String document = document();

        List<String> routes = Stream.of(AgreementRoutes.class, EligibilityRoutes.class)
                .flatMap(routes1 -> paths(routes1).stream()).distinct().toList();

        assertThat(routes).hasSize(9);
        assertThat(routes).allSatisfy(path -> assertThat(document).contains("\n  " + path + ":\n"));
        assertThat(document).startsWith("openapi: 3.1.0\n").contains("\n  # agreements\n");
    }

    @Test
    void the_document_is_served_at_openapi_yaml() {
        var response = org.crossings.server.RunningServer.shared().get("/openapi.yaml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/eligibility:");
    }

    private static List<String> paths(Class<?> routes) {
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(routes, RequestMapping.class);
        String prefix = type == null || type.path().length == 0 ? "" : type.path()[0];
        List<String> paths = new ArrayList<>();
        for (Method method : routes.getDeclaredMethods()) {
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
            if (mapping != null) {
                paths.add(prefix + (mapping.path().length == 0 ? "" : mapping.path()[0]));
            }
        }
        return paths;
    }

    private static String document() throws IOException {
        try (InputStream in = OpenApiTest.class.getResourceAsStream("/static/openapi.yaml")) {
            assertThat(in).as("static/openapi.yaml").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
