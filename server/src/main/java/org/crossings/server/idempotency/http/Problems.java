package org.crossings.server.idempotency.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problems written by the filter itself, before any route runs. */
final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    static void write(HttpServletResponse response, int status, String type, String title, String detail,
            String retryAfter) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://crossings.example/problems/" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        if (retryAfter != null) {
            response.setHeader("Retry-After", retryAfter);
        }
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
