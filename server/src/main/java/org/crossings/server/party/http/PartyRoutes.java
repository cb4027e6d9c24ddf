package org.crossings.server.party.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.net.URI;
import org.crossings.server.http.Caller;
import org.crossings.server.http.Forbidden;
import org.crossings.server.http.NotFound;
import org.crossings.server.party.Keyrings;
import org.crossings.server.party.Parties;
import org.crossings.server.party.Party;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.PartyKey;
import org.crossings.server.party.application.RotatingPartyKey;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The parties and their published keys: public, so anyone can check a party's signatures; and the rotation of a
 * party's key by its own signatory.
 */
@RestController
class PartyRoutes {

    private final Parties parties;
    private final Keyrings keyrings;
    private final RotatingPartyKey rotating;

    PartyRoutes(Parties parties, Keyrings keyrings, RotatingPartyKey rotating) {
        this.parties = parties;
        this.keyrings = keyrings;
        this.rotating = rotating;
    }

    record PartyView(String code, String name, String kind) {
        static PartyView of(Party party) {
            return new PartyView(party.code().value(), party.name(), party.kind().name().toLowerCase(Locale.ROOT));
        }
    }

    record KeyView(String keyId, String verifierKey, String validFrom, String retiredAt) {
        static KeyView of(PartyKey key) {
            return new KeyView(key.keyId().hex(), key.key().verifierKey(), key.validFrom().toString(),
                    key.retiredAt() == null ? null : key.retiredAt().toString());
        }
    }

    @GetMapping("/api/parties")
    List<PartyView> parties() {
        return parties.all().stream().map(PartyView::of).toList();
    }

    @GetMapping("/api/parties/{code}")
    PartyView party(@PathVariable String code) {
        return parties.find(PartyCode.of(code)).map(PartyView::of)
                .orElseThrow(() -> new NotFound("party " + code + " is not registered"));
    }

    /** A signatory of the party replaces its signing key; the old one stays published, retired. */
    @PostMapping("/api/parties/{code}/keys")
    ResponseEntity<Map<String, Object>> rotate(Caller caller, @PathVariable String code) {
        PartyCode party = PartyCode.of(code);
        if (!caller.party().equals(party)) {
            throw new Forbidden("party " + code + ": " + caller.username() + " acts for " + caller.party() + " only");
        }
        rotating.rotate(new RotatingPartyKey.RotateKey(party));
        return ResponseEntity.created(URI.create("/api/parties/" + code + "/keys")).body(keys(code));
    }

    @GetMapping("/api/parties/{code}/keys")
    Map<String, Object> keys(@PathVariable String code) {
        PartyCode party = PartyCode.of(code);
        List<KeyView> keys = keyrings.keys(party).orElseThrow(() -> new NotFound("party " + code + " is not registered"))
                .keys().stream().map(KeyView::of).toList();
        return Map.of("party", party.value(), "keys", keys);
    }
}
