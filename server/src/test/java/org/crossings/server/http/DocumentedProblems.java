package org.crossings.server.http;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The problem types that the OpenAPI document lists (the enum of {@code components.schemas.Problem.properties.type}),
 * read from the document the server serves, by a real OpenAPI parser. Tests that see a problem ask this whether its
 * type is documented.
 */
public final class DocumentedProblems {

    private static final Set<String> TYPES = read();

    private DocumentedProblems() {
    }

    /** Every documented type URI. */
    public static Set<String> types() {
        return TYPES;
    }

    public static boolean documents(String type) {
        return TYPES.contains(type);
    }

    private static Set<String> read() {
        try (InputStream in = DocumentedProblems.class.getResourceAsStream("/static/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("no /static/openapi.yaml on the class path");
            }
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            Schema<?> problem = new OpenAPIV3Parser().readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    null, options).getOpenAPI().getComponents().getSchemas().get("Problem");
            List<?> values = ((Schema<?>) problem.getProperties().get("type")).getEnum();
            Set<String> types = new TreeSet<>();
            if (values != null) {
                values.forEach(value -> types.add(String.valueOf(value)));
            }
            return Set.copyOf(types);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
