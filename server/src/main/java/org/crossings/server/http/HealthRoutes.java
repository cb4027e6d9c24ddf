package org.crossings.server.http;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health}. The web server opens its port only after every component has started (database migrated,
 * log writer running), so any answer here means ready.
 */
@RestController
class HealthRoutes {

    @GetMapping(path = "/health", produces = "application/json")
    ResponseEntity<Map<String, String>> health() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("status", "ready"));
    }
}
