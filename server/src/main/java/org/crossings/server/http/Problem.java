package org.crossings.server.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An RFC 9457 problem document as Crossings writes it where Spring MVC does not: refusals of the access rules, of the
 * request firewall, of Tomcat itself, and Spring Boot's error page. Its type is a URI under
 * {@value #TYPES}, its detail names what was wrong.
 *
 * @param type the last segment of the type URI, such as {@code bad-request}
 */
public record Problem(int status, String type, String title, String detail) {

    /** Where every problem type of Crossings lives. */
    public static final String TYPES = "https://crossings.example/problems/";

    /** Non-ASCII as escapes, so the bytes mean the same whatever charset a container adds or assumes. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    public Problem {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("problem status " + status + " must be from 400 to 599");
        }
        Objects.requireNonNull(type, "problem type");
        if (!type.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("problem type \"" + type + "\" must be lower-case words and hyphens");
        }
        if (title == null || title.isBlank() || detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("problem " + type + " needs a title and a detail");
        }
    }

    /** A problem whose type and title are its status's: {@code bad-request}, "Bad Request". */
    public static Problem forStatus(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? new Problem(status, "error-" + status, "Error " + status, detail)
                : new Problem(status, known.name().toLowerCase(Locale.ROOT).replace('_', '-'), known.getReasonPhrase(),
                        detail);
    }

    public URI typeUri() {
        return URI.create(TYPES + type);
    }

    /** The document in JSON, in ASCII. */
    public String json() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", typeUri().toString());
        members.put("title", title);
        members.put("status", status);
        members.put("detail", detail);
        return JSON.writeValueAsString(members);
    }

    /** Sets the status and the content type and writes the document; the response must not be committed. */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE); // JSON takes no charset parameter
        response.getOutputStream().write(json().getBytes(StandardCharsets.US_ASCII));
    }
}
