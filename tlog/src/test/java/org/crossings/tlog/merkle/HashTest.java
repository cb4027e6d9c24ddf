package org.crossings.tlog.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HashTest {

    private static final String HEX = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String BASE64 = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    @Test
    void hex_and_base64_forms_decode_to_the_same_hash_and_encode_back() {
        Hash fromHex = Hash.fromHex(HEX);
        Hash fromBase64 = Hash.fromBase64(BASE64);

        assertThat(fromHex).isEqualTo(fromBase64).hasSameHashCodeAs(fromBase64);
        assertThat(fromHex.hex()).isEqualTo(HEX);
        assertThat(fromHex.base64()).isEqualTo(BASE64);
        assertThat(fromHex).hasToString(HEX);
    }

    @Test
    void upper_case_hex_is_accepted_and_printed_in_lower_case() {
        assertThat(Hash.fromHex(HEX.toUpperCase()).hex()).isEqualTo(HEX);
    }

    @Test
    void a_hash_cannot_be_changed_through_the_array_it_was_made_from_or_handed_out() {
        byte[] source = new byte[32];
        Hash hash = Hash.of(source);
        source[0] = 1;
        hash.bytes()[1] = 1;

        assertThat(hash.bytes()).containsOnly(0);
    }

    @Test
    void write_to_copies_the_bytes_at_the_offset() {
        byte[] dst = new byte[40];
        Hash.fromHex(HEX).writeTo(dst, 8);

        assertThat(Hash.of(java.util.Arrays.copyOfRange(dst, 8, 40)).hex()).isEqualTo(HEX);
    }

    @Test
    void a_hash_must_be_exactly_32_bytes() {
        assertThatThrownBy(() -> Hash.of(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 31 must be 32");
        assertThatThrownBy(() -> Hash.of(new byte[33]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 33 must be 32");
    }

    @Test
    void malformed_hex_is_refused_with_the_value_in_the_message() {
        assertThatThrownBy(() -> Hash.fromHex("abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"abc\"");
        String notHex = "zz" + HEX.substring(2);
        assertThatThrownBy(() -> Hash.fromHex(notHex))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(notHex);
    }

    @Test
    void malformed_or_wrong_length_base64_is_refused() {
        assertThatThrownBy(() -> Hash.fromBase64("!!!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"!!!\"");
        assertThatThrownBy(() -> Hash.fromBase64("AAAA"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decodes to 3 bytes");
    }
}
