package org.crossings.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import org.crossings.server.RunningServer;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The hand-written OpenAPI document, served at {@code /openapi.yaml}, read by a real OpenAPI 3.1 parser (swagger-parser):
 * it is valid, every {@code $ref} resolves, and its operations are exactly the routes the running server has, method
 * by method, except the pages for people (sign-in, the home page, the desk) and Spring's error page.
 */
class OpenApiDocumentTest {

    /** Pages for people in a browser, not the API: sign-in, home, the desk and its forms, pre-registration. */
    private static final Set<String> PAGES = Set.of("/", "/login", "/error", "/desk", "/desk/intake",
            "/desk/cases/{reference}/decision", "/preregister");

    private final RunningServer server = RunningServer.shared();

    @Test
    void the_document_is_served_as_yaml_and_a_real_parser_reads_it_without_a_message() {
        HttpResponse<String> document = server.get("/openapi.yaml");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/yaml"));
        SwaggerParseResult parsed = parse(document.body());
        assertThat(parsed.getMessages()).as("parser messages (dangling $ref, bad schema...)").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    }

    @Test
    void every_route_of_the_server_is_an_operation_of_the_document_and_every_operation_a_route() {
        OpenAPI api = parse(server.get("/openapi.yaml").body()).getOpenAPI();
        Set<String> documented = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> documented.add(method + " " + path)));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(routes());
    }

    private static SwaggerParseResult parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(yaml, null, options);
    }

    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        server.bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            info.getPatternValues().stream().filter(path -> !PAGES.contains(path)).forEach(path -> {
                String documentedPath = path.replace("/**", "/{path}");
                (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods).forEach(method ->
                        routes.add(PathItem.HttpMethod.valueOf(method.name()) + " " + documentedPath));
            });
        });
        routes.add("GET /metrics"); // the actuator's route, outside Spring MVC's request mappings
        return routes;
    }
}
