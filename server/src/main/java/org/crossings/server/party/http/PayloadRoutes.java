package org.crossings.server.party.http;

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
 * {@code GET /api/entries/{index}/payload}: the parts of a log entry's private payload that the caller's party
 * receives, as its envelope names them (a part that goes to {@link org.crossings.server.journal.Signatory#EVERYONE}, such as registrations and
 * places, to anyone signed in). Each part comes with its salt, so the recipient checks {@code SHA-256(salt || part)}
 * against the envelope's digest itself; a caller whose party receives no part is refused without a byte of any, and
 * a part for others is never served, not even to a recipient of another part.
 *
 * <p>It lives with the parties, not the journal, because it asks who the caller's party is: the journal knows parties
 * only as the log names them.
 */
@RestController
class PayloadRoutes {

    private final LogStorage log;
    private final PrivatePayloads payloads;

    PayloadRoutes(LogStorage log, PrivatePayloads payloads) {
        this.log = log;
        this.payloads = payloads;
    }

    record Part(String name, List<String> recipients, String digest, String salt, String payload) {
    }

    record Payload(long index, String envelope, List<Part> parts) {
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
        List<Envelope.Part> owed = envelope.partsFor(caller.party().signatory());
        if (owed.isEmpty()) {
            throw new Forbidden("the payload of log entry " + index + " goes to " + envelope.recipients()
                    + " only; " + caller.party() + " is not among them");
        }
        Base64.Encoder base64 = Base64.getEncoder();
        List<Part> parts = owed.stream().map(part -> {
            PrivatePayloads.Salted salted = payloads.find(part.digest()).orElseThrow(() -> new NotFound(
                    "this node does not hold the " + part.name() + " part of log entry " + index));
            return new Part(part.name(), part.recipients().stream().map(Object::toString).toList(),
                    part.digest().hex(), base64.encodeToString(salted.salt()),
                    base64.encodeToString(salted.payload()));
        }).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Payload(index,
                new String(EnvelopeJson.bytes(envelope), java.nio.charset.StandardCharsets.UTF_8), parts));
    }
}
