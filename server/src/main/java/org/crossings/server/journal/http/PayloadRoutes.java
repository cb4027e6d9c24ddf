package org.crossings.server.journal.http;

import java.util.Base64;
import java.util.List;
import org.crossings.server.http.Caller;
import org.crossings.server.http.Forbidden;
import org.crossings.server.http.NotFound;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.journal.PrivatePayloads;
import org.crossings.server.party.PartyCode;
import org.crossings.tlog.storage.LogStorage;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/entries/{index}/payload}: the private payload of a log entry, only for a party its envelope names
 * as a recipient (or anyone signed in, when it names {@link PartyCode#EVERYONE}: registrations, places). The answer has the salt, so the recipient checks {@code SHA-256(salt || payload)} against the
 * envelope's {@code payloadDigest} itself; anyone else is refused without a byte of it.
 */
@RestController
class PayloadRoutes {

    private final LogStorage log;
    private final PrivatePayloads payloads;

    PayloadRoutes(LogStorage log, PrivatePayloads payloads) {
        this.log = log;
        this.payloads = payloads;
    }

    record Payload(long index, String envelope, List<String> recipients, String payloadDigest, String salt,
                   String payload) {
    }

    @GetMapping(path = "/api/entries/{index}/payload", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Payload> payload(@PathVariable long index, Caller caller) {
        List<byte[]> entries = index < 0 ? List.of() : log.entries(index, 1);
        if (entries.isEmpty()) {
            throw new NotFound("log entry " + index + " does not exist");
        }
        Envelope envelope;
        try {
            envelope = EnvelopeJson.parse(entries.getFirst());
        } catch (IllegalArgumentException notAnEnvelope) {
            throw new NotFound("log entry " + index + " is not an envelope; it has no payload");
        }
        if (!envelope.recipients().contains(caller.party()) && !envelope.recipients().contains(PartyCode.EVERYONE)) {
            throw new Forbidden("the payload of log entry " + index + " goes to " + envelope.recipients()
                    + " only; " + caller.party() + " is not among them");
        }
        PrivatePayloads.Salted salted = payloads.find(envelope.payloadDigest()).orElseThrow(() -> new NotFound(
                "this node does not hold the payload of log entry " + index));
        Base64.Encoder base64 = Base64.getEncoder();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Payload(index,
                new String(EnvelopeJson.bytes(envelope), java.nio.charset.StandardCharsets.UTF_8),
                envelope.recipients().stream().map(Object::toString).toList(), envelope.payloadDigest().hex(),
                base64.encodeToString(salted.salt()), base64.encodeToString(salted.payload())));
    }
}
