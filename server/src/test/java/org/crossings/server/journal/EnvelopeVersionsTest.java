package org.crossings.server.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.junit.jupiter.api.Test;

/**
 * Envelopes of both versions: a version 1 entry (one payload) reads and writes back to the very bytes it was signed
 * as, so old logs still verify and replay; a version 2 entry carries its payload in named parts, each with its own
 * recipients and digest.
 */
class EnvelopeVersionsTest {

    private static final Ed25519NoteSigner ARM = Ed25519NoteSigner.generate("ARM");

    @Test
    void a_version_1_entry_reads_as_one_part_and_writes_back_to_the_same_bytes() {
        String v1 = "{\"actor\":\"ARM\",\"key\":\"" + ARM.keyId().hex() + "\",\"payloadDigest\":\"" + "ab".repeat(32)
                + "\",\"recipients\":[\"ARM\",\"TUR\"],\"signature\":\"AAAA\",\"subject\":\"agreement/X-1\","
                + "\"time\":\"2025-03-21T08:00:00Z\",\"type\":\"agreement.proposed\",\"v\":1}";

        Envelope envelope = EnvelopeJson.parse(v1.getBytes(StandardCharsets.UTF_8));

        assertThat(envelope.version()).isEqualTo(1);
        assertThat(envelope.parts()).singleElement().satisfies(part -> {
            assertThat(part.name()).isEqualTo(Envelope.WHOLE);
            assertThat(part.recipients()).containsExactly(Signatory.of("ARM"), Signatory.of("TUR"));
        });
        assertThat(new String(EnvelopeJson.bytes(envelope), StandardCharsets.UTF_8)).isEqualTo(v1);
    }

    @Test
    void a_version_2_entry_names_each_part_its_recipients_and_digest_and_round_trips() {
        Envelope envelope = new Envelope(2, EventType.of("traveller.taken-in"), Instant.parse("2026-12-03T10:00:00Z"),
                new Subject("case", "K7QM2XD4HRG"), Signatory.of("ARM"), ARM.keyId(), PublicFacts.none(), List.of(
                        new Envelope.Part("travel-document", new TreeSet<>(List.of(Signatory.of("OPERATOR"))),
                                Hash.of(new byte[32])),
                        new Envelope.Part("identity", new TreeSet<>(List.of(Signatory.of("ARM"), Signatory.of("TUR"))),
                                Hash.of(new byte[32]))),
                null);
        Envelope signed = envelope.signedWith(ARM.sign(EnvelopeJson.signedBytes(envelope)));

        Envelope read = EnvelopeJson.parse(EnvelopeJson.bytes(signed));

        assertThat(read).isEqualTo(signed);
        assertThat(read.parts()).extracting(Envelope.Part::name).containsExactly("identity", "travel-document");
        assertThat(read.partsFor(Signatory.of("OPERATOR"))).extracting(Envelope.Part::name)
                .containsExactly("travel-document");
        assertThat(read.recipients()).containsExactly(Signatory.of("ARM"), Signatory.of("OPERATOR"),
                Signatory.of("TUR"));
        assertThat(new String(EnvelopeJson.bytes(read), StandardCharsets.UTF_8)).contains("\"v\":2", "\"parts\":[")
                .doesNotContain("payloadDigest");
    }

    @Test
    void a_version_2_entry_with_a_version_1_member_is_refused_naming_it() {
        assertThatThrownBy(() -> EnvelopeJson.parse(("{\"v\":2,\"payloadDigest\":\"00\"}")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payloadDigest");
    }
}
