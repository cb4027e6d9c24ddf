package org.crossings.tlog.tiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.crossings.tlog.merkle.Hash;

/** The body of a hash tile: its hashes concatenated, 32 bytes each, nothing else (tlog-tiles "Merkle Tree"). */
public final class HashTile {

    private HashTile() {
    }

    /** Concatenates 1..256 hashes. */
    public static byte[] encode(List<Hash> hashes) {
        Objects.requireNonNull(hashes, "tile hashes");
        if (hashes.isEmpty() || hashes.size() > TileLayout.WIDTH) {
            throw new IllegalArgumentException(
                    "hash tile: " + hashes.size() + " hashes, must be between 1 and " + TileLayout.WIDTH);
        }
        byte[] tile = new byte[hashes.size() * Hash.SIZE];
        for (int i = 0; i < hashes.size(); i++) {
            hashes.get(i).writeTo(tile, i * Hash.SIZE);
        }
        return tile;
    }

    /**
     * Splits a tile body into its hashes.
     *
     * @param expectedWidth the width its path promises; a body of any other length is refused
     */
    public static List<Hash> decode(byte[] tile, int expectedWidth) {
        Objects.requireNonNull(tile, "hash tile");
        if (expectedWidth < 1 || expectedWidth > TileLayout.WIDTH) {
            throw new IllegalArgumentException(
                    "hash tile: expected width " + expectedWidth + " must be between 1 and " + TileLayout.WIDTH);
        }
        if (tile.length != expectedWidth * Hash.SIZE) {
            throw new IllegalArgumentException("hash tile: length " + tile.length + " bytes, must be "
                    + expectedWidth * Hash.SIZE + " (width " + expectedWidth + " x " + Hash.SIZE + ")");
        }
        List<Hash> hashes = new ArrayList<>(expectedWidth);
        for (int i = 0; i < expectedWidth; i++) {
            hashes.add(Hash.of(Arrays.copyOfRange(tile, i * Hash.SIZE, (i + 1) * Hash.SIZE)));
        }
        return hashes;
    }

    /** Decodes the tile at {@code path}, whose width says how many hashes it must hold. */
    public static List<Hash> decode(byte[] tile, TilePath path) {
        try {
            return decode(tile, path.width());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }
}
