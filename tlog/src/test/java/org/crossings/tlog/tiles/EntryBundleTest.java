package org.crossings.tlog.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryBundleTest {

    @Test
    void each_entry_is_prefixed_by_its_big_endian_uint16_length() {
        List<byte[]> entries = List.of(new byte[0], new byte[] {0x10}, new byte[300]);

        byte[] bundle = EntryBundle.encode(entries);

        assertThat(HexFormat.of().formatHex(bundle, 0, 7)).isEqualTo("00000001" + "10" + "012c");
        assertThat(bundle).hasSize(2 + 3 + 302);
        assertThat(EntryBundle.decode(bundle)).containsExactlyElementsOf(entries);
    }

    @Test
    void an_entry_of_65535_bytes_fits_and_one_of_65536_is_refused() {
        byte[] largest = new byte[65535];
        assertThat(EntryBundle.decode(EntryBundle.encode(List.of(largest)))).singleElement().isEqualTo(largest);

        assertThatThrownBy(() -> EntryBundle.encode(List.of(new byte[1], new byte[65536])))
                .hasMessageContaining("entry 1 is 65536 bytes long, more than 65535");
    }

    /** One malformed bundle (hex) per row, with the problem its error must state. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "''                  | empty",
        "00                  | truncated length of entry 0 at offset 0",
        "0001aa00            | truncated length of entry 1 at offset 3",
        "0003aabb            | entry 0 declares 3 bytes but only 2 remain at offset 2",
        "0001aa0005aabbcc    | entry 1 declares 5 bytes but only 3 remain at offset 5",
    })
    void truncated_or_empty_bundles_are_refused(String hex, String problem) {
        assertThatThrownBy(() -> EntryBundle.decode(HexFormat.of().parseHex(hex)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("entry bundle: ")
                .hasMessageContaining(problem);
    }

    @Test
    void a_bundle_must_hold_as_many_entries_as_its_path_says() {
        byte[] bundle = EntryBundle.encode(List.of(new byte[1], new byte[2]));

        assertThat(EntryBundle.decode(bundle, new EntryBundlePath(0, 2))).hasSize(2);
        assertThatThrownBy(() -> EntryBundle.decode(bundle, new EntryBundlePath(0, 3)))
                .hasMessage("tile/entries/000.p/3: entry bundle has 2 entries, its path says 3");
    }

    @Test
    void more_than_256_entries_are_refused() {
        List<byte[]> many = IntStream.range(0, 257).mapToObj(i -> new byte[0]).toList();
        assertThatThrownBy(() -> EntryBundle.encode(many)).hasMessageContaining("257 entries");
        byte[] bundle = new byte[257 * 2];
        assertThatThrownBy(() -> EntryBundle.decode(bundle)).hasMessageContaining("more than 256 entries");
    }
}
