package org.crossings.server.journal.http;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.crossings.server.http.NotFound;
import org.crossings.tlog.log.LogReads;
import org.crossings.tlog.note.VerifierKey;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TilePath;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The log, read-only, as C2SP tlog-tiles says: the checkpoint changes as the log grows and is cached briefly; tiles
 * and entry bundles never change once served (a partial tile has its own path per width), so caches keep them for
 * good. The verifier key lives at a stable URL beside them.
 */
@RestController
class LogRoutes {

    private static final String PREFIX = "/log/";
    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl BRIEF = CacheControl.maxAge(Duration.ofSeconds(1)).cachePublic();
    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final LogReads reads;
    private final String verifierKey;

    LogRoutes(LogReads reads, VerifierKey logKey) {
        this.reads = reads;
        this.verifierKey = logKey.encode() + "\n";
    }

    @GetMapping("/log/checkpoint")
    ResponseEntity<byte[]> checkpoint() {
        byte[] note = reads.checkpoint().orElseThrow(() -> new NotFound("the log has not published a checkpoint yet"));
        return ResponseEntity.ok().cacheControl(BRIEF).contentType(TEXT).body(note);
    }

    @GetMapping("/log/key")
    ResponseEntity<String> key() {
        return ResponseEntity.ok().cacheControl(BRIEF).contentType(TEXT).body(verifierKey);
    }

    @GetMapping("/log/tile/**")
    ResponseEntity<byte[]> tile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(PREFIX.length());
        Optional<byte[]> body = path.startsWith("tile/entries/")
                ? reads.entryBundle(EntryBundlePath.parse(path))
                : reads.tile(TilePath.parse(path));
        return ResponseEntity.ok()
                .cacheControl(IMMUTABLE)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(body.orElseThrow(() -> new NotFound("no " + path + " in this log")));
    }
}
