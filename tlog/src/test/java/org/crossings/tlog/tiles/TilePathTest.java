package org.crossings.tlog.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TilePathTest {

    /**
     * The first from the tlog-tiles spec ("index 1234067 will be encoded as x001/x234/067"), the rest from
     * transparency-dev/tessera api/layout/paths_test.go (TestTilePath, TestParseTileLevelIndexWidth).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tile/0/x001/x234/067,              0, 1234067, 256",
        "tile/0/x001/x234/067.p/8,          0, 1234067, 8",
        "tile/0/x001/x234/067.p/89,         0, 1234067, 89",
        "tile/0/000,                        0, 0, 256",
        "tile/0/000.p/255,                  0, 0, 255",
        "tile/0/001,                        0, 1, 256",
        "tile/1/000.p/1,                    1, 0, 1",
        "tile/1/000.p/4,                    1, 0, 4",
        "tile/15/x455/667,                  15, 455667, 256",
        "tile/3/x001/x234/567,              3, 1234567, 256",
        "tile/15/x123/x456/789,             15, 123456789, 256",
        "tile/63/x999/x999/x999/x999/x999/999.p/255, 63, 999999999999999999, 255",
    })
    void reference_paths_parse_to_their_coordinates_and_format_back(String path, int level, long index, int width) {
        TilePath tile = TilePath.parse(path);

        assertThat(tile).isEqualTo(new TilePath(level, index, width));
        assertThat(tile.path()).isEqualTo(path);
        assertThat(tile.isPartial()).isEqualTo(width < 256);
    }

    @Test
    void the_largest_index_a_long_holds_formats_and_parses() {
        TilePath tile = TilePath.full(0, Long.MAX_VALUE);

        assertThat(tile.path()).isEqualTo("tile/0/x009/x223/x372/x036/x854/x775/807");
        assertThat(TilePath.parse(tile.path())).isEqualTo(tile);
    }

    /** One malformed path per row, with the part of the message that must name the problem. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tiles/0/000                  | first segment",
        "tile/0                       | must be \"tile/<level>/<index>",
        "tile/entries/000             | is an entry bundle path",
        "tile/64/000                  | level segment \"64\" must be between 0 and 63",
        "tile/-1/000                  | level segment \"-1\" must be a decimal number",
        "tile/abc/000                 | level segment \"abc\" must be a decimal number",
        "tile/01/000                  | level segment \"01\" must not have leading zeros",
        "tile//000                    | level segment \"\" must be a decimal number",
        "tile/0/1234                  | index segment \"1234\" must be 3 digits",
        "tile/0/12                    | index segment \"12\" must be 3 digits",
        "tile/0/-01                   | index segment \"-01\" must be 3 digits",
        "tile/0/x001                  | last index segment \"x001\" must not start with \"x\"",
        "tile/0/001/002               | index segment \"001\" must start with \"x\"",
        "tile/0/x001/0002             | index segment \"0002\" must be 3 digits",
        "tile/0/x01/002               | index segment \"x01\" must be \"x\" and 3 digits",
        "tile/0/x000/002              | index segment \"x000\" is a leading zero group",
        "tile/0/x001/x234/            | index segment \"\" must be 3 digits",
        "tile/0/x001/x234/067.p       | partial suffix in \"067.p\" must be followed by \"/<width>\"",
        "tile/0/x001/x234/067.p/      | width segment \"\" must be a decimal number",
        "tile/0/000.p/0               | width segment \"0\" must be between 1 and 255",
        "tile/0/000.p/256             | width segment \"256\" must be between 1 and 255",
        "tile/0/000.p/08              | width segment \"08\" must not have leading zeros",
        "tile/0/000.p/abc             | width segment \"abc\" must be a decimal number",
        "tile/1/x001/.p/abc           | width segment \"abc\"",
        "tile/0/x009/x223/x372/x036/x854/x775/808 | index exceeds 9223372036854775807",
    })
    void malformed_paths_are_refused_naming_the_segment_and_value(String path, String problem) {
        assertThatThrownBy(() -> TilePath.parse(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("tile path \"" + path + "\": ")
                .hasMessageContaining(problem);
    }

    @Test
    void coordinates_out_of_range_are_refused() {
        assertThatThrownBy(() -> new TilePath(64, 0, 256)).hasMessageContaining("tile level 64");
        assertThatThrownBy(() -> new TilePath(0, -1, 256)).hasMessageContaining("tile index -1");
        assertThatThrownBy(() -> new TilePath(0, 0, 0)).hasMessageContaining("tile width 0");
        assertThatThrownBy(() -> new TilePath(0, 0, 257)).hasMessageContaining("tile width 257");
    }
}
