package org.crossings.tlog.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryBundlePathTest {

    /** From transparency-dev/tessera api/layout/paths_test.go (TestEntriesPath, TestEntriesPathForLogIndex). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tile/entries/000,                 0, 256",
        "tile/entries/000.p/8,             0, 8",
        "tile/entries/000.p/255,           0, 255",
        "tile/entries/001.p/1,             1, 1",
        "tile/entries/255,                 255, 256",
        "tile/entries/255.p/253,           255, 253",
        "tile/entries/256,                 256, 256",
        "tile/entries/x123/x456/789,       123456789, 256",
        "tile/entries/x123/x456/x789/000,  123456789000, 256",
    })
    void reference_paths_parse_to_their_coordinates_and_format_back(String path, long index, int width) {
        EntryBundlePath bundle = EntryBundlePath.parse(path);

        assertThat(bundle).isEqualTo(new EntryBundlePath(index, width));
        assertThat(bundle.path()).isEqualTo(path);
    }

    @Test
    void a_bundle_pairs_with_the_level_0_tile_of_the_same_index_and_width() {
        assertThat(new EntryBundlePath(1234067, 8).tile().path()).isEqualTo("tile/0/x001/x234/067.p/8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tile/0/000                   | must be \"tile/entries/<index>",
        "tile/entries                 | must be \"tile/entries/<index>",
        "tile/entries/12              | index segment \"12\" must be 3 digits",
        "tile/entries/x001            | last index segment \"x001\" must not start with \"x\"",
        "tile/entries/x000/001        | index segment \"x000\" is a leading zero group",
        "tile/entries/001.p/256       | width segment \"256\" must be between 1 and 255",
        "tile/entries/001.p/0         | width segment \"0\" must be between 1 and 255",
        "tile/entries/001.p           | partial suffix in \"001.p\"",
    })
    void malformed_paths_are_refused_naming_the_segment_and_value(String path, String problem) {
        assertThatThrownBy(() -> EntryBundlePath.parse(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("entry bundle path \"" + path + "\": ")
                .hasMessageContaining(problem);
    }
}
