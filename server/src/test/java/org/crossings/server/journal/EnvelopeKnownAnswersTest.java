package org.crossings.server.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crossings.server.EnvelopeFixtures;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.KeyId;
import org.junit.jupiter.api.Test;

/**
 * Known answers of the envelope format (docs/envelope.md): envelopes of every version that exists, with every public
 * fact a version holds, and the exact canonical bytes and SHA-256 digests that the journal wrote for them before it
 * stopped naming the features' types. Signatures cover these bytes, so they must never change.
 */
class EnvelopeKnownAnswersTest {

    /** An entry's bytes, and the SHA-256 of them and of the bytes its actor signs (the same without signature). */
    private record Known(String bytes, String digest, String signedDigest) {
    }

    private static final Known V1_DECISION = new Known(
            "{\"actor\":\"ARM\",\"allowedBy\":\"ARM-TUR-2022-THIRD-COUNTRY v1\",\"category\":\"third-country\",\""
            + "crossingPoint\":\"MARGARA-ALICAN\",\"direction\":{\"from\":\"TR-ALICAN\",\"to\":\"AM-MARGARA\"},\"ke"
            + "y\":\"0a1b2c3d\",\"payloadDigest\":\"abababababababababababababababababababababababababababababababa"
            + "b\",\"reason\":\"E\",\"recipients\":[\"ARM\",\"EU\",\"TUR\"],\"signature\":\"AAECAwQFBgcICQoLDA0ODxA"
            + "REhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==\",\"subject\":\"case/K7QM2XD4HRG\""
            + ",\"time\":\"2025-03-21T08:00:00.125Z\",\"type\":\"travel.admitted\",\"v\":1}",
            "e4760c74b6fe7e2f1cb8ed678fc1fe3d4bd1a2a8b5c5102e5d8339fd735dc4ae",
            "0a904c441ff1eecd4eaaa783bf9eee836fa53faabebaa9a43408f218807fecf5");
    private static final Known V1_REGISTRATION = new Known(
            "{\"actor\":\"ARM\",\"key\":\"0a1b2c3d\",\"payloadDigest\":\"0101010101010101010101010101010101010101"
            + "010101010101010101010101\",\"recipients\":[\"ALL\"],\"signature\":\"AAECAwQFBgcICQoLDA0ODxAREhMUFRYX"
            + "GBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==\",\"subject\":\"party/ARM\",\"time\":\"2024"
            + "-01-01T00:00:00Z\",\"type\":\"party.registered\",\"v\":1}",
            "239dc83ac675549df70ad84499191d899cf45b9c881f452e8fe28b3bce30fb16",
            "e0f6e01a3dd85b462b493b1d170286c8dd0fc5fa69e20e0bd2ec819d58aa8860");
    private static final Known V2_PARTS = new Known(
            "{\"actor\":\"OPERATOR\",\"allowedBy\":\"ARM-AZE-2026-SYUNIK v3\",\"category\":\"transit\",\"directio"
            + "n\":{\"from\":\"AZAGH\",\"to\":\"AZ-NAKHCHIVAN\"},\"key\":\"0a1b2c3d\",\"parts\":[{\"digest\":\"1111"
            + "111111111111111111111111111111111111111111111111111111111111\",\"name\":\"identity\",\"recipients\":"
            + "[\"ARM\",\"AZE\"]},{\"digest\":\"2222222222222222222222222222222222222222222222222222222222222222\","
            + "\"name\":\"travel-document\",\"recipients\":[\"OPERATOR\"]}],\"reason\":\"refused-B\",\"route\":\"SY"
            + "UNIK\",\"signature\":\"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4O"
            + "To7PD0+Pw==\",\"subject\":\"case/K7QM2XD4HRG\",\"time\":\"2026-12-03T10:00:00.007Z\",\"type\":\"trav"
            + "eller.taken-in\",\"v\":2}",
            "13916a63ab1c0220cdd0fc7e812e8d06d7018c53941919c5f3eeffa3fc98a0b5",
            "9a2e77dcc5a8b492ad86ebf5e3f4f203d092a1c142efda119adb5ae1ce8d9a4d");
    private static final Known V2_UNSIGNED = new Known(
            "{\"actor\":\"ARM\",\"key\":\"0a1b2c3d\",\"parts\":[{\"digest\":\"33333333333333333333333333333333333"
            + "33333333333333333333333333333\",\"name\":\"payload\",\"recipients\":[\"ARM\",\"TUR\"]}],\"signature"
            + "\":\"\",\"subject\":\"agreement/ARM-TUR-2022-07\",\"time\":\"2026-01-02T03:04:05Z\",\"type\":\"agree"
            + "ment.proposed\",\"v\":2}",
            "b15177491de47c245437c9ecd00a4fce6f173eff3e0308d0535e3db0007954d2",
            "4f8d7852d144699fdf365b91b446ff1ad66c48d6e490f6cfcac3d5bb3a7d2805");

    private static final KeyId KEY = KeyId.parse("0a1b2c3d");
    private static final Signatory ARM = Signatory.of("ARM");

    @Test
    void a_version_1_decision_with_every_public_fact_is_written_as_it_always_was() throws Exception {
        PublicFacts facts = PublicFacts.none()
                .with("crossingPoint", new PublicFact.Text("MARGARA-ALICAN"))
                .with("direction", direction("TR-ALICAN", "AM-MARGARA"))
                .with("category", new PublicFact.Text("third-country"))
                .with("allowedBy", new PublicFact.Text("ARM-TUR-2022-THIRD-COUNTRY v1"))
                .with("reason", new PublicFact.Text("E"));
        Envelope envelope = new Envelope(EventType.of("travel.admitted"), Instant.parse("2025-03-21T08:00:00.125Z"),
                new Subject("case", "K7QM2XD4HRG"), ARM, KEY, facts, recipients("TUR", "ARM", "EU"), hash(0xab),
                signature());

        assertKnown(envelope, V1_DECISION);
    }

    @Test
    void the_features_typed_values_convert_to_the_same_version_1_bytes() throws Exception {
        Envelope envelope = EnvelopeFixtures.v1(EventType.of("travel.admitted"),
                Instant.parse("2025-03-21T08:00:00.125Z"), new Subject("case", "K7QM2XD4HRG"), PartyCode.of("ARM"),
                KEY, Optional.of(CrossingPointId.of("MARGARA-ALICAN")),
                Optional.of(Direction.of("TR-ALICAN", "AM-MARGARA")), Optional.of("third-country"),
                List.of(PartyCode.of("TUR"), PartyCode.of("ARM"), PartyCode.of("EU")),
                Optional.of("ARM-TUR-2022-THIRD-COUNTRY v1"), Optional.of("E"), hash(0xab), signature());

        assertKnown(envelope, V1_DECISION);
    }

    @Test
    void a_version_1_registration_with_no_public_facts_is_written_as_it_always_was() throws Exception {
        Envelope envelope = new Envelope(EventType.of("party.registered"), Instant.parse("2024-01-01T00:00:00Z"),
                new Subject("party", "ARM"), ARM, KEY, PublicFacts.none(), recipients("ALL"), hash(0x01),
                signature());

        assertKnown(envelope, V1_REGISTRATION);
    }

    @Test
    void a_version_2_entry_on_a_route_in_parts_is_written_as_it_always_was() throws Exception {
        PublicFacts facts = PublicFacts.none()
                .with("route", new PublicFact.Text("SYUNIK"))
                .with("direction", direction("AZAGH", "AZ-NAKHCHIVAN"))
                .with("category", new PublicFact.Text("transit"))
                .with("allowedBy", new PublicFact.Text("ARM-AZE-2026-SYUNIK v3"))
                .with("reason", new PublicFact.Text("refused-B"));
        Envelope envelope = new Envelope(2, EventType.of("traveller.taken-in"),
                Instant.parse("2026-12-03T10:00:00.007Z"), new Subject("case", "K7QM2XD4HRG"), Signatory.of("OPERATOR"),
                KEY, facts, List.of(new Envelope.Part("travel-document", recipients("OPERATOR"), hash(0x22)),
                        new Envelope.Part("identity", recipients("ARM", "AZE"), hash(0x11))),
                signature());

        assertKnown(envelope, V2_PARTS);
    }

    @Test
    void a_version_2_entry_not_yet_signed_is_written_with_an_empty_signature() throws Exception {
        Envelope envelope = new Envelope(2, EventType.of("agreement.proposed"), Instant.parse("2026-01-02T03:04:05Z"),
                new Subject("agreement", "ARM-TUR-2022-07"), ARM, KEY, PublicFacts.none(),
                List.of(new Envelope.Part(Envelope.WHOLE, recipients("ARM", "TUR"), hash(0x33))), null);

        assertKnown(envelope, V2_UNSIGNED);
    }

    @Test
    void every_known_entry_reads_back_to_an_envelope_that_writes_the_same_bytes() {
        for (Known known : List.of(V1_DECISION, V1_REGISTRATION, V2_PARTS, V2_UNSIGNED)) {
            byte[] bytes = known.bytes().getBytes(StandardCharsets.UTF_8);
            assertThat(EnvelopeJson.bytes(EnvelopeJson.parse(bytes))).as(known.bytes()).isEqualTo(bytes);
        }
    }

    private static void assertKnown(Envelope envelope, Known known) throws Exception {
        byte[] bytes = EnvelopeJson.bytes(envelope);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(known.bytes());
        assertThat(sha256(bytes)).isEqualTo(known.digest());
        assertThat(sha256(EnvelopeJson.signedBytes(envelope))).isEqualTo(known.signedDigest());
    }

    private static PublicFact direction(String from, String to) {
        return new PublicFact.Fields(new TreeMap<>(Map.of("from", from, "to", to)));
    }

    private static TreeSet<Signatory> recipients(String... codes) {
        TreeSet<Signatory> all = new TreeSet<>();
        for (String code : codes) {
            all.add(Signatory.of(code));
        }
        return all;
    }

    private static Hash hash(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Hash.of(bytes);
    }

    private static byte[] signature() {
        byte[] signature = new byte[64];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = (byte) i;
        }
        return signature;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
