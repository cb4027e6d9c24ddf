package org.crossings.tlog.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.crossings.tlog.note.Note;
import org.crossings.tlog.note.NoteSignature;
import org.crossings.tlog.note.Notes;
import org.junit.jupiter.api.Test;

class WitnessPolicyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String BODY = "example.com/log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n";

    private final CosignatureSigner w1 = CosignatureSigner.generate("w1.example", CLOCK);
    private final CosignatureSigner w2 = CosignatureSigner.generate("w2.example", CLOCK);
    private final CosignatureSigner w3 = CosignatureSigner.generate("w3.example", CLOCK);
    private final WitnessPolicy twoOfThree = new WitnessPolicy(List.of(w1.verifier(), w2.verifier(), w3.verifier()), 2);

    @Test
    void one_cosignature_does_not_satisfy_a_two_of_three_policy_and_the_error_says_who_signed() {
        Note note = Note.parse(Notes.sign(BODY, List.of(w1)));

        assertThat(twoOfThree.satisfiedBy(note)).isFalse();
        assertThatThrownBy(() -> twoOfThree.require(note))
                .isInstanceOfSatisfying(WitnessPolicyException.class, e -> {
                    assertThat(e.quorum().signed()).containsExactly("w1.example");
                    assertThat(e.note()).isEqualTo(note);
                })
                .hasMessage("witness policy not satisfied: cosigned by 1 of 3 witnesses [w1.example], 2 needed");
    }

    @Test
    void two_cosignatures_satisfy_a_two_of_three_policy() {
        Note note = Note.parse(Notes.sign(BODY, List.of(w1, w3)));

        assertThat(twoOfThree.require(note).signed()).containsExactly("w1.example", "w3.example");
    }

    @Test
    void cosignatures_by_witnesses_outside_the_policy_do_not_count() {
        CosignatureSigner stranger = CosignatureSigner.generate("stranger.example", CLOCK);
        Note note = Note.parse(Notes.sign(BODY, List.of(w1, stranger)));

        assertThat(twoOfThree.check(note).signed()).containsExactly("w1.example");
    }

    @Test
    void a_known_witness_signature_that_does_not_verify_fails_the_policy_however_many_others_signed() {
        Note signed = Note.parse(Notes.sign(BODY, List.of(w1, w2, w3)));
        NoteSignature w3Line = signed.signatures().get(2);
        NoteSignature forged = NoteSignature.of(w3Line.name(), w3Line.keyId(), new byte[72]);
        Note note = new Note(BODY, List.of(signed.signatures().get(0), signed.signatures().get(1), forged));

        assertThatThrownBy(() -> twoOfThree.require(note))
                .hasMessageEndingWith("; signatures by [w3.example+" + w3.keyId() + "] do not verify");
    }

    @Test
    void a_witness_signature_on_another_checkpoint_does_not_count() {
        Note other = Note.parse(Notes.sign(BODY.replace("\n8\n", "\n9\n"), List.of(w1, w2)));
        Note note = new Note(BODY, other.signatures());

        assertThat(twoOfThree.satisfiedBy(note)).isFalse();
    }

    @Test
    void a_real_checkpoint_cosigned_by_a_public_witness_satisfies_a_one_of_one_policy_on_it() {
        WitnessPolicy remora = new WitnessPolicy(List.of(CosignatureVerifier.parse(RealCosignedCheckpoint.REMORA_VKEY)), 1);
        assertThat(remora.require(Note.parse(RealCosignedCheckpoint.NOTE)).signed()).containsExactly("remora.n621.de");
    }

    @Test
    void a_threshold_outside_one_to_n_and_a_witness_listed_twice_are_refused() {
        assertThatThrownBy(() -> new WitnessPolicy(List.of(w1.verifier()), 0)).hasMessageContaining("threshold 0");
        assertThatThrownBy(() -> new WitnessPolicy(List.of(w1.verifier()), 2)).hasMessageContaining("threshold 2");
        assertThatThrownBy(() -> new WitnessPolicy(List.of(w1.verifier(), w1.verifier()), 1))
                .hasMessageContaining("listed twice");
    }
}
