package org.crossings.tlog.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TilePath;
import org.junit.jupiter.api.Test;

class TileResourceTest {

    @Test
    void paths_are_the_tlog_tiles_paths_of_tiles_and_bundles() {
        assertThat(TileResource.tile(0, 1_234_067, 8).path()).isEqualTo("tile/0/x001/x234/067.p/8");
        assertThat(TileResource.bundle(1_234_067, 256).path()).isEqualTo("tile/entries/x001/x234/067");
        assertThat(TileResource.of(new TilePath(2, 5, 3)).path()).isEqualTo("tile/2/005.p/3");
        assertThat(TileResource.of(new EntryBundlePath(5, 3)).path()).isEqualTo("tile/entries/005.p/3");
    }

    @Test
    void a_partial_resource_is_replaced_by_the_full_one_at_the_same_place() {
        assertThat(TileResource.bundle(7, 9).full()).isEqualTo(TileResource.bundle(7, 256));
        assertThat(TileResource.tile(1, 7, 9).isPartial()).isTrue();
        assertThat(TileResource.tile(1, 7, 256).isPartial()).isFalse();
    }

    @Test
    void what_a_resource_holds_is_said_in_terms_of_the_tree() {
        assertThat(TileResource.bundle(2, 10).holds()).isEqualTo("entries 512 to 521");
        assertThat(TileResource.tile(1, 0, 3).holds()).isEqualTo("hashes of tree level 8, nodes 0 to 2");
    }

    @Test
    void a_bundle_is_not_a_hash_tile_nor_a_tile_a_bundle() {
        assertThatThrownBy(() -> TileResource.bundle(0, 1).tilePath()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TileResource.tile(0, 0, 1).bundlePath()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void widths_outside_1_to_256_and_negative_indexes_are_refused_naming_the_value() {
        assertThatThrownBy(() -> TileResource.tile(0, 0, 0)).hasMessageContaining("width 0");
        assertThatThrownBy(() -> TileResource.bundle(0, 257)).hasMessageContaining("width 257");
        assertThatThrownBy(() -> TileResource.tile(0, -1, 1)).hasMessageContaining("index -1");
        assertThatThrownBy(() -> TileResource.tile(64, 0, 1)).hasMessageContaining("level 64");
    }
}
