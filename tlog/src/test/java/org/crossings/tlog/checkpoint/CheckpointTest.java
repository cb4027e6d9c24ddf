package org.crossings.tlog.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crossings.tlog.merkle.Hash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CheckpointTest {

    // The example checkpoint body of https://c2sp.org/tlog-checkpoint (C2SP/C2SP tlog-checkpoint.md).
    private static final String SOFA = """
            example.com/behind-the-sofa
            20852163
            CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=
            """;

    @Test
    void the_c2sp_example_body_parses_into_origin_size_and_root_and_formats_back() {
        Checkpoint checkpoint = Checkpoint.parse(SOFA);

        assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(checkpoint.size()).isEqualTo(20852163L);
        assertThat(checkpoint.root().base64()).isEqualTo("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");
        assertThat(checkpoint.extensions()).isEmpty();
        assertThat(checkpoint.text()).isEqualTo(SOFA);
    }

    @Test
    void extension_lines_are_kept_in_order_after_the_root() {
        Checkpoint checkpoint = Checkpoint.parse(SOFA + "ext one\next two\n");

        assertThat(checkpoint.extensions()).containsExactly("ext one", "ext two");
        assertThat(checkpoint.text()).isEqualTo(SOFA + "ext one\next two\n");
    }

    @Test
    void an_empty_tree_has_size_zero_and_an_origin_with_spaces_is_allowed() {
        Hash empty = Hash.fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        Checkpoint checkpoint = new Checkpoint("go.sum database tree", 0, empty);

        assertThat(checkpoint.text()).isEqualTo("go.sum database tree\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
        assertThat(Checkpoint.parse(checkpoint.text())).isEqualTo(checkpoint);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("missing-size.txt", "checkpoint line 2 (tree size) \"CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\" must be a decimal number"),
                Arguments.of("missing-root.txt", "checkpoint line 3 (root hash) is missing"),
                Arguments.of("non-decimal-size.txt", "checkpoint line 2 (tree size) \"2085216x\" must be a decimal number without sign or leading zeros"),
                Arguments.of("leading-zero-size.txt", "checkpoint line 2 (tree size) \"020852163\" must be a decimal number without sign or leading zeros"),
                Arguments.of("negative-size.txt", "checkpoint line 2 (tree size) \"-1\" must be a decimal number"),
                Arguments.of("plus-signed-size.txt", "checkpoint line 2 (tree size) \"+20852163\" must be a decimal number"),
                Arguments.of("space-before-size.txt", "checkpoint line 2 (tree size) \" 20852163\" must be a decimal number"),
                Arguments.of("size-overflows-int64.txt", "checkpoint line 2 (tree size) \"9223372036854775808\" is larger than 9223372036854775807"),
                Arguments.of("root-not-base64.txt", "checkpoint line 3 (root hash) \"CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I!\" is not base64"),
                Arguments.of("root-unpadded.txt", "checkpoint line 3 (root hash) \"CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\" is not canonical padded base64"),
                Arguments.of("root-31-bytes.txt", "checkpoint line 3 (root hash) \"CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxqw==\" is 31 bytes, a SHA-256 hash is 32"),
                Arguments.of("root-33-bytes.txt", "checkpoint line 3 (root hash) \"CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2IA\" is 33 bytes, a SHA-256 hash is 32"),
                Arguments.of("missing-trailing-newline.txt", "checkpoint text must end with a newline; line 3 does not"),
                Arguments.of("empty-origin.txt", "checkpoint line 1 (origin) must not be empty"),
                Arguments.of("empty-extension-line.txt", "checkpoint line 4 (extension) must not be empty"),
                Arguments.of("carriage-return-in-origin.txt", "checkpoint line 1 (origin) \"example.com/behind-the-sofa\r\" contains control character U+000D"),
                Arguments.of("empty.txt", "checkpoint text must end with a newline; line 1 does not"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void a_malformed_checkpoint_is_rejected_with_an_error_naming_the_line(String fixture, String expected)
            throws IOException {
        String text = fixture("malformed/" + fixture);
        assertThatThrownBy(() -> Checkpoint.parse(text)).isInstanceOf(CheckpointException.class)
                .hasMessageStartingWith(expected);
    }

    @Test
    void a_checkpoint_cannot_be_built_with_a_negative_size_or_a_line_break_in_a_field() {
        Hash root = Checkpoint.parse(SOFA).root();
        assertThatThrownBy(() -> new Checkpoint("example.com/log", -1, root))
                .hasMessage("checkpoint tree size -1 must not be negative");
        assertThatThrownBy(() -> new Checkpoint("example.com/log\n5", 1, root))
                .hasMessageStartingWith("checkpoint line 1 (origin)");
        assertThatThrownBy(() -> new Checkpoint("example.com/log", 1, root, List.of("a\nb")))
                .hasMessageStartingWith("checkpoint line 4 (extension)");
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = CheckpointTest.class.getResourceAsStream("/checkpoint/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
