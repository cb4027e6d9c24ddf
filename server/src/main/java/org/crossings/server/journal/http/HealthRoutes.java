package org.crossings.server.journal.http;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The probes: {@code GET /health/live} answers 200 while the process runs; {@code GET /health/ready} (and {@code GET
 * /health}, the same) answers 200 when the node is ready and 503 with the reasons when it is not. The web server
 * opens its port only after every component has started, so any answer here means started.
 */
@RestController
class HealthRoutes {

    private final NodeHealth health;

    HealthRoutes(NodeHealth health) {
        this.health = health;
    }

    @GetMapping(path = "/health/live", produces = "application/json")
    ResponseEntity<Map<String, Object>> live() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("status", "live"));
    }

    @GetMapping(path = {"/health", "/health/ready"}, produces = "application/json")
    ResponseEntity<Map<String, Object>> ready() {
        NodeHealth.Report report = health.report();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.status());
        body.put("ready", report.ready());
        body.put("reasons", report.reasons());
        body.put("log", Map.of("size", report.journal().logSize(), "applied", report.journal().applied(),
                "lag", report.journal().lag(), "setAside", report.journal().findings()));
        body.put("integrity", Map.of("status", report.integrity().status().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'), "verifiedSize", report.integrity().verifiedSize()));
        return ResponseEntity.status(report.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .cacheControl(CacheControl.noStore()).body(body);
    }
}
