package org.crossings.tlog.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.TreeHash;
import org.junit.jupiter.api.Test;

class HashTileTest {

    private static final List<Hash> HASHES = IntStream.range(0, 3)
            .mapToObj(i -> TreeHash.leaf(new byte[] {(byte) i})).toList();

    @Test
    void a_tile_is_its_hashes_concatenated() {
        byte[] tile = HashTile.encode(HASHES);

        assertThat(tile).hasSize(96);
        assertThat(java.util.Arrays.copyOfRange(tile, 32, 64)).isEqualTo(HASHES.get(1).bytes());
        assertThat(HashTile.decode(tile, 3)).isEqualTo(HASHES);
    }

    @Test
    void a_full_tile_is_8192_bytes() {
        List<Hash> full = IntStream.range(0, 256).mapToObj(i -> TreeHash.leaf(new byte[] {(byte) i})).toList();

        assertThat(HashTile.encode(full)).hasSize(8192);
        assertThat(HashTile.decode(HashTile.encode(full), TilePath.full(0, 7))).isEqualTo(full);
    }

    @Test
    void a_body_of_another_length_than_its_width_promises_is_refused() {
        byte[] tile = HashTile.encode(HASHES);

        assertThatThrownBy(() -> HashTile.decode(tile, 4)).hasMessageContaining("length 96 bytes, must be 128");
        assertThatThrownBy(() -> HashTile.decode(java.util.Arrays.copyOf(tile, 95), 3))
                .hasMessageContaining("length 95 bytes, must be 96");
        assertThatThrownBy(() -> HashTile.decode(tile, new TilePath(0, 5, 2)))
                .hasMessageStartingWith("tile/0/005.p/2: ");
    }

    @Test
    void empty_or_oversized_tiles_are_refused() {
        assertThatThrownBy(() -> HashTile.encode(List.of())).hasMessageContaining("0 hashes");
        List<Hash> tooMany = IntStream.range(0, 257).mapToObj(i -> HASHES.get(0)).toList();
        assertThatThrownBy(() -> HashTile.encode(tooMany)).hasMessageContaining("257 hashes");
        assertThatThrownBy(() -> HashTile.decode(new byte[0], 0)).hasMessageContaining("expected width 0");
    }
}
