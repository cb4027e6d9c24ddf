package org.crossings.tlog.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossings.tlog.note.GoNoteVectors.PETER_AND_ENOCH_NOTE;
import static org.crossings.tlog.note.GoNoteVectors.PETER_NOTE;
import static org.crossings.tlog.note.GoNoteVectors.PETER_SIG;
import static org.crossings.tlog.note.GoNoteVectors.TEXT;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteTest {

    // The example note of https://c2sp.org/signed-note (C2SP/C2SP signed-note.md): its text holds an empty line.
    private static final String QUASIMODO = """
            Ognuno sta solo sul cuor della terra
            trafitto da un raggio di sole:

            ed è subito sera.

            — quasimodo.example/salvatore NnugSzTjtVAewIS+Z/iJhUPeFDkO/5QQ2i5ddnGITLlC+EhfLW9oJKONrMouFSQU0xMcXxj99ihAQwaqP3ZekRwNtIc=
            """;

    @Test
    void the_go_reference_note_parses_into_its_text_and_signature_and_encodes_back_byte_for_byte() {
        Note note = Note.parse(PETER_NOTE);

        assertThat(note.text()).isEqualTo(TEXT);
        assertThat(note.signatures()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("PeterNeumann");
            assertThat(s.keyId().hex()).isEqualTo("c74f20a3");
            assertThat(s.signature()).hasSize(64);
        });
        assertThat(note.encode()).isEqualTo(PETER_NOTE);
    }

    @Test
    void the_c2sp_example_note_splits_at_the_last_blank_line_so_its_text_keeps_its_own_empty_line() {
        Note note = Note.parse(QUASIMODO.getBytes(StandardCharsets.UTF_8));

        assertThat(note.text()).isEqualTo("Ognuno sta solo sul cuor della terra\ntrafitto da un raggio di sole:\n\n"
                + "ed è subito sera.\n");
        assertThat(note.signatures()).extracting(NoteSignature::name).containsExactly("quasimodo.example/salvatore");
        assertThat(note.encode()).isEqualTo(QUASIMODO);
    }

    @Test
    void a_doubly_signed_note_keeps_both_signature_lines_in_order() {
        assertThat(Note.parse(PETER_AND_ENOCH_NOTE).signatures()).extracting(NoteSignature::name)
                .containsExactly("PeterNeumann", "EnochRoot");
    }

    // The malformed messages of note_test.go TestOpen ("Invalid encoded message syntax"), each with our reason.

    @Test
    void a_text_without_blank_line_and_signatures_is_rejected() {
        assertThatThrownBy(() -> Note.parse(TEXT)).isInstanceOf(NoteException.class)
                .hasMessageContaining("no blank line");
    }

    @Test
    void a_text_and_blank_line_without_signatures_is_rejected() {
        assertThatThrownBy(() -> Note.parse(TEXT + "\n")).hasMessageContaining("no signature lines");
    }

    @Test
    void a_signature_line_without_final_newline_is_rejected() {
        assertThatThrownBy(() -> Note.parse(TEXT + "\n" + PETER_SIG.substring(0, PETER_SIG.length() - 1)))
                .hasMessageContaining("must end with a newline");
    }

    @Test
    void a_control_character_is_rejected_with_its_offset() {
        assertThatThrownBy(() -> Note.parse("\u0001" + PETER_NOTE))
                .hasMessage("note contains control character U+0001 at offset 0");
    }

    @Test
    void invalid_utf8_is_rejected() {
        byte[] bytes = ("x" + PETER_NOTE).getBytes(StandardCharsets.UTF_8);
        bytes[0] = (byte) 0xff;
        assertThatThrownBy(() -> Note.parse(bytes)).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void a_key_name_with_a_space_is_rejected_naming_the_line() {
        String bad = TEXT + "\n\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=";
        assertThatThrownBy(() -> Note.parse(bad + "\n")).hasMessageStartingWith("note line 4: ")
                .hasMessageContaining("is not base64");
        assertThatThrownBy(() -> Note.parse(bad)).isInstanceOf(NoteException.class);
    }

    @Test
    void a_line_that_is_not_a_signature_after_the_blank_line_is_rejected_naming_the_line() {
        assertThatThrownBy(() -> Note.parse(PETER_NOTE + "Unexpected line.\n"))
                .hasMessageStartingWith("note line 5: signature line \"Unexpected line.\" must start with an em dash");
    }

    @Test
    void more_than_100_signatures_are_rejected() {
        assertThatThrownBy(() -> Note.parse(TEXT + "\n" + PETER_SIG.repeat(101)))
                .hasMessage("note has 101 signature lines, more than the limit of 100");
        assertThat(Note.parse(TEXT + "\n" + PETER_SIG.repeat(100)).signatures()).hasSize(100);
    }

    @Test
    void unpadded_base64_in_a_signature_is_rejected() {
        String unpadded = PETER_NOTE.replace("JnAM=\n", "JnAM\n");
        assertThatThrownBy(() -> Note.parse(unpadded)).hasMessageContaining("not canonical padded base64");
    }

    @Test
    void a_signature_too_short_to_hold_a_key_id_is_rejected() {
        assertThatThrownBy(() -> Note.parse(TEXT + "\n\u2014 PeterNeumann AAAA\n"))
                .hasMessageContaining("shorter than its 4-byte key ID");
        assertThatThrownBy(() -> Note.parse(TEXT + "\n\u2014 PeterNeumann AAAAAA==\n"))
                .hasMessageContaining("at least 1 signature byte");
    }

    @Test
    void a_note_needs_a_text_ending_in_newline_and_at_least_one_signature() {
        NoteSignature peter = Note.parse(PETER_NOTE).signatures().get(0);
        assertThatThrownBy(() -> new Note("abc", List.of(peter))).hasMessageContaining("must end with a newline");
        assertThatThrownBy(() -> new Note(TEXT, List.of())).hasMessageContaining("at least one signature");
    }

    @Test
    void a_signature_whose_blob_does_not_start_with_its_key_id_is_refused() {
        assertThatThrownBy(() -> new NoteSignature("PeterNeumann", KeyId.parse("c74f20a4"),
                "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM="))
                .hasMessage("signature of \"PeterNeumann\" starts with key ID c74f20a3, not c74f20a4");
    }
}
