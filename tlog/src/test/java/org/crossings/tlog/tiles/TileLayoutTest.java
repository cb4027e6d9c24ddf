package org.crossings.tlog.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TileLayoutTest {

    @Test
    void a_tree_of_70000_has_the_tiles_the_spec_lists() {
        // tlog-tiles "Partial Tiles": 273 full level 0 tiles, one partial level 0 tile of width 112, one full
        // level 1 tile, one partial level 1 tile of width 17, and one partial level 2 tile of width 1.
        List<TilePath> tiles = TileLayout.tiles(70_000);

        assertThat(tiles.stream().filter(t -> t.level() == 0 && !t.isPartial())).hasSize(273);
        assertThat(tiles).contains(new TilePath(0, 273, 112), TilePath.full(1, 0), new TilePath(1, 1, 17),
                new TilePath(2, 0, 1));
        assertThat(tiles).hasSize(273 + 1 + 2 + 1);
    }

    @Test
    void a_tree_of_256_has_a_full_level_0_tile_and_a_level_1_tile_of_width_1() {
        // tlog-tiles "Partial Tiles", last example.
        assertThat(TileLayout.tiles(256)).containsExactly(TilePath.full(0, 0), new TilePath(1, 0, 1));
    }

    @Test
    void the_empty_tree_has_no_tiles_and_no_bundles() {
        assertThat(TileLayout.tiles(0)).isEmpty();
        assertThat(TileLayout.entryBundles(0)).isEmpty();
    }

    /** From transparency-dev/tessera api/layout/paths_test.go TestEntriesPathForLogIndex. */
    @ParameterizedTest(name = "entry {0} of {1}")
    @CsvSource({
        "0,          256,        tile/entries/000",
        "255,        256,        tile/entries/000",
        "251,        255,        tile/entries/000.p/255",
        "256,        512,        tile/entries/001",
        "256,        257,        tile/entries/001.p/1",
        "31604937984, 31604938240, tile/entries/x123/x456/789",
    })
    void an_entry_is_in_the_bundle_of_its_index_divided_by_256(long entry, long size, String path) {
        assertThat(TileLayout.entryBundle(entry, size).path()).isEqualTo(path);
    }

    @Test
    void growing_the_tree_publishes_the_widened_and_the_new_tiles_only() {
        assertThat(TileLayout.tilesBetween(200, 300)).containsExactly(
                TilePath.full(0, 0), new TilePath(0, 1, 44), new TilePath(1, 0, 1));
        assertThat(TileLayout.tilesBetween(256, 300)).containsExactly(new TilePath(0, 1, 44));
        assertThat(TileLayout.tilesBetween(300, 300)).isEmpty();
        assertThat(TileLayout.entryBundlesBetween(200, 300))
                .containsExactly(EntryBundlePath.full(0), new EntryBundlePath(1, 44));
    }

    @Test
    void a_node_is_found_in_the_tile_of_its_level_divided_by_8() {
        // Leaf 1000 of 70000: level-0 tile 3, position 232.
        assertThat(TileLayout.locate(0, 1000, 70_000))
                .isEqualTo(new TileLayout.NodeLocation(TilePath.full(0, 3), 0, 1000, 232, 1));
        // Node (3, 130) spans leaves 1040..1047: 8 hashes of level-0 tile 4 from position 16.
        assertThat(TileLayout.locate(3, 130, 70_000))
                .isEqualTo(new TileLayout.NodeLocation(TilePath.full(0, 4), 3, 130, 16, 8));
        // Node (8, 272) is hash 16 of level-1 tile 1, partial with 17 hashes at size 70000.
        assertThat(TileLayout.locate(8, 272, 70_000))
                .isEqualTo(new TileLayout.NodeLocation(new TilePath(1, 1, 17), 8, 272, 16, 1));
        // Node (15, 1) spans level-8 nodes 128..255, the second half of level-1 tile 0.
        assertThat(TileLayout.locate(15, 1, 70_000))
                .isEqualTo(new TileLayout.NodeLocation(TilePath.full(1, 0), 15, 1, 128, 128));
    }

    @Test
    void a_node_that_is_not_complete_has_no_location() {
        assertThatThrownBy(() -> TileLayout.locate(1, 3, 7)).hasMessageContaining("level 1, index 3");
        assertThatThrownBy(() -> TileLayout.locate(0, 7, 7)).hasMessageContaining("size 7");
        assertThatThrownBy(() -> TileLayout.entryBundle(7, 7)).hasMessageContaining("entry index 7");
    }
}
