package org.crossings.tlog.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossings.tlog.note.GoNoteVectors.ENOCH_SIG;
import static org.crossings.tlog.note.GoNoteVectors.ENOCH_VKEY;
import static org.crossings.tlog.note.GoNoteVectors.PETER_AND_ENOCH_NOTE;
import static org.crossings.tlog.note.GoNoteVectors.PETER_NOTE;
import static org.crossings.tlog.note.GoNoteVectors.PETER_SIG;
import static org.crossings.tlog.note.GoNoteVectors.PETER_SKEY;
import static org.crossings.tlog.note.GoNoteVectors.PETER_VKEY;
import static org.crossings.tlog.note.GoNoteVectors.TEXT;
import static org.crossings.tlog.note.GoNoteVectors.corrupt;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotesTest {

    private final Ed25519NoteVerifier peter = Ed25519NoteVerifier.parse(PETER_VKEY);
    private final Ed25519NoteVerifier enoch = Ed25519NoteVerifier.parse(ENOCH_VKEY);

    @Test
    void signing_the_go_reference_text_with_the_go_reference_key_gives_the_go_reference_note() {
        // note_test.go TestSign: Ed25519 is deterministic, so the note is byte-identical.
        assertThat(Notes.sign(TEXT, List.of(Ed25519NoteSigner.parse(PETER_SKEY)))).isEqualTo(PETER_NOTE);
    }

    @Test
    void signing_refuses_a_text_without_final_newline() {
        assertThatThrownBy(() -> Notes.sign("abc", List.of(Ed25519NoteSigner.parse(PETER_SKEY))))
                .isInstanceOf(NoteException.class).hasMessageContaining("must end with a newline");
    }

    @Test
    void signing_with_several_keys_puts_one_line_per_key_in_order() {
        Ed25519NoteSigner log = Ed25519NoteSigner.generate("example.com/log");
        Ed25519NoteSigner other = Ed25519NoteSigner.generate("example.com/other");

        VerifiedNote opened = Notes.open(Notes.sign(TEXT, List.of(log, other)), List.of(log.verifier(), other.verifier()));

        assertThat(opened.note().signatures()).extracting(NoteSignature::name)
                .containsExactly("example.com/log", "example.com/other");
        assertThat(opened.verifiers()).containsExactly(log.verifier(), other.verifier());
    }

    @Test
    void opening_with_one_known_key_verifies_it_and_ignores_the_unknown_one() {
        // note_test.go TestOpen: "Check one signature verified, one not."
        VerifiedNote opened = Notes.open(PETER_AND_ENOCH_NOTE, List.of(peter));

        assertThat(opened.text()).isEqualTo(TEXT);
        assertThat(opened.verifiers()).containsExactly(peter);
        assertThat(opened.isSignedBy(enoch)).isFalse();
    }

    @Test
    void opening_with_both_known_keys_verifies_both() {
        assertThat(Notes.open(PETER_AND_ENOCH_NOTE, List.of(peter, enoch)).verifiers()).containsExactly(peter, enoch);
    }

    @Test
    void a_note_signed_by_no_known_key_is_rejected_and_the_error_carries_the_note() {
        assertThatThrownBy(() -> Notes.open(PETER_AND_ENOCH_NOTE, List.of()))
                .isInstanceOfSatisfying(NoteVerificationException.class, e -> {
                    assertThat(e.note().encode()).isEqualTo(PETER_AND_ENOCH_NOTE);
                    assertThat(e.failedSignature()).isEmpty();
                })
                .hasMessageContaining("no signature by a known key; it is signed by [PeterNeumann+c74f20a3, EnochRoot+af0cfe78]");
    }

    @Test
    void a_known_key_with_a_bad_signature_rejects_the_whole_note_naming_the_key() {
        // note_test.go TestOpen: "Invalid signature."
        assertThatThrownBy(() -> Notes.open(TEXT + "\n" + corrupt(PETER_SIG), List.of(peter)))
                .isInstanceOfSatisfying(NoteVerificationException.class,
                        e -> assertThat(e.failedSignature()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("PeterNeumann")))
                .hasMessage("signature by known key PeterNeumann+c74f20a3 does not verify");
    }

    @Test
    void a_signature_on_a_changed_text_does_not_verify() {
        assertThatThrownBy(() -> Notes.open(PETER_NOTE.replace("problem is", "problem was"), List.of(peter)))
                .isInstanceOf(NoteVerificationException.class);
    }

    @Test
    void repeated_and_unknown_corrupted_signatures_are_tolerated_when_a_known_key_verifies() {
        // note_test.go TestOpen: "Duplicated verified and unverified signatures."
        String note = TEXT + "\n" + PETER_SIG + PETER_SIG + ENOCH_SIG + ENOCH_SIG + corrupt(ENOCH_SIG);
        assertThat(Notes.open(note, List.of(peter)).verifiers()).containsExactly(peter);
    }

    @Test
    void a_key_sharing_only_the_name_or_only_the_id_with_a_known_key_is_ignored() {
        String renamed = PETER_NOTE.replace("\u2014 PeterNeumann", "\u2014 CarmenSandiego");
        assertThatThrownBy(() -> Notes.open(renamed, List.of(peter)))
                .isInstanceOf(NoteVerificationException.class).hasMessageContaining("no signature by a known key");
    }

    @Test
    void two_known_keys_with_the_same_name_and_id_are_refused_as_ambiguous() {
        // note_test.go TestOpen: "Check duplicated verifier."
        assertThatThrownBy(() -> Notes.open(PETER_NOTE, List.of(enoch, peter, enoch)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EnochRoot+af0cfe78 is listed twice");
    }

    @Test
    void adding_a_signature_keeps_the_others_and_replaces_one_by_the_same_key() {
        Ed25519NoteSigner witness = Ed25519NoteSigner.generate("witness.example");
        Note cosigned = Notes.addSignatures(Note.parse(PETER_NOTE), List.of(witness));
        Note resigned = Notes.addSignatures(cosigned, List.of(Ed25519NoteSigner.parse(PETER_SKEY)));

        assertThat(cosigned.signatures()).extracting(NoteSignature::name)
                .containsExactly("PeterNeumann", "witness.example");
        assertThat(resigned.signatures()).extracting(NoteSignature::name)
                .containsExactly("witness.example", "PeterNeumann");
        assertThat(Notes.open(resigned, List.of(peter, witness.verifier())).verifiers()).hasSize(2);
    }
}
