package org.crossings.server.party.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.crossings.server.RunningServer;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.journal.Envelope;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.tiles.EntryBundle;
import org.crossings.tlog.tiles.TileLayout;
import org.junit.jupiter.api.Test;

class PartyRoutesTest {

    private final RunningServer server = RunningServer.shared();

    @Test
    void the_demo_parties_are_registered_and_their_keys_are_published() {
        HttpResponse<String> parties = server.get("/api/parties");
        HttpResponse<String> keys = server.get("/api/parties/TUR/keys");

        assertThat(parties.statusCode()).isEqualTo(200);
        assertThat(parties.body()).contains("\"code\":\"ARM\"", "\"code\":\"TUR\"", "\"code\":\"AZE\"",
                "\"kind\":\"operator\"", "\"code\":\"EU\"", "\"kind\":\"observer\"");
        assertThat(keys.body()).contains("\"party\":\"TUR\"", "crossings/TUR+");
    }

    @Test
    void a_party_registration_in_the_log_is_signed_by_the_key_it_publishes() {
        String published = server.get("/api/parties/ARM/keys").body()
                .replaceAll(".*\"verifierKey\":\"([^\"]+)\".*", "$1");
        Ed25519NoteVerifier key = Ed25519NoteVerifier.parse(published);
        long size = Long.parseLong(server.get("/log/checkpoint").body().split("\n")[1]);
        byte[] bundle = server.getBytes("/log/" + TileLayout.entryBundle(0, size).path()).body();

        Envelope registration = EntryBundle.decode(bundle).stream().map(EnvelopeJson::parse)
                .filter(e -> e.type().value().equals("party.registered") && e.actor().code().equals("ARM"))
                .findFirst().orElseThrow();

        assertThat(key.verify(EnvelopeJson.signedBytes(registration), registration.signature())).isTrue();
    }

    @Test
    void an_unknown_party_is_a_404_problem_and_a_malformed_code_a_400_naming_it() {
        HttpResponse<String> unknown = server.get("/api/parties/XYZ");
        HttpResponse<String> malformed = server.get("/api/parties/arm");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("XYZ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\\\"arm\\\"");
    }
}
