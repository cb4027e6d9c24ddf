package org.crossings.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.crossings.server.RunningServer;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The hand-written OpenAPI document (served at {@code /openapi.yaml}) names every route the running server has,
 * except the pages for people (sign-in, the home page) and Spring's error page. No YAML parser is on the class path,
 * so the document is read as text: each path is a key of {@code paths}, indented two spaces.
 */
class OpenApiDocumentTest {

    /** Pages for people in a browser, not the API: sign-in, home, the desk and its forms, pre-registration. */
    private static final Set<String> PAGES = Set.of("/", "/login", "/error", "/desk", "/desk/intake",
            "/desk/cases/{reference}/decision", "/preregister");

    private final RunningServer server = RunningServer.shared();

    @Test
    void every_route_of_the_server_is_documented_in_the_openapi_document() {
        HttpResponse<String> document = server.get("/openapi.yaml");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).startsWith("openapi: 3.1.0\n");
        assertThat(routes()).isNotEmpty().allSatisfy(path ->
                assertThat(document.body()).as("documented path").contains("\n  " + path + ":\n"));
    }

    private List<String> routes() {
        return server.bean(RequestMappingHandlerMapping.class).getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .filter(path -> !PAGES.contains(path))
                .map(path -> path.replace("/**", "/{path}"))
                .distinct()
                .sorted()
                .toList();
    }
}
