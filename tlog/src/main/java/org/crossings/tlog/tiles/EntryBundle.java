package org.crossings.tlog.tiles;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of an entry bundle: each entry as a big-endian uint16 length followed by its bytes (tlog-tiles "Log
 * entries"). Entries are therefore at most 65535 bytes long; a longer one is refused rather than truncated.
 */
public final class EntryBundle {

    /** The largest entry a bundle can carry. */
    public static final int MAX_ENTRY_LENGTH = 0xFFFF;

    private EntryBundle() {
    }

    /** Encodes 1..256 entries. */
    public static byte[] encode(List<byte[]> entries) {
        Objects.requireNonNull(entries, "entries");
        if (entries.isEmpty() || entries.size() > TileLayout.WIDTH) {
            throw new IllegalArgumentException(
                    "entry bundle: " + entries.size() + " entries, must be between 1 and " + TileLayout.WIDTH);
        }
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        for (int i = 0; i < entries.size(); i++) {
            byte[] entry = Objects.requireNonNull(entries.get(i), "entry " + i);
            if (entry.length > MAX_ENTRY_LENGTH) {
                throw new IllegalArgumentException("entry bundle: entry " + i + " is " + entry.length
                        + " bytes long, more than " + MAX_ENTRY_LENGTH);
            }
            bundle.write(entry.length >>> 8);
            bundle.write(entry.length);
            bundle.writeBytes(entry);
        }
        return bundle.toByteArray();
    }

    /** Decodes a bundle of 1..256 entries. */
    public static List<byte[]> decode(byte[] bundle) {
        Objects.requireNonNull(bundle, "entry bundle");
        List<byte[]> entries = new ArrayList<>();
        int offset = 0;
        while (offset < bundle.length) {
            if (entries.size() == TileLayout.WIDTH) {
                throw new IllegalArgumentException("entry bundle: more than " + TileLayout.WIDTH
                        + " entries (extra bytes from offset " + offset + ")");
            }
            if (bundle.length - offset < 2) {
                throw new IllegalArgumentException("entry bundle: truncated length of entry " + entries.size()
                        + " at offset " + offset);
            }
            int length = (bundle[offset] & 0xFF) << 8 | bundle[offset + 1] & 0xFF;
            offset += 2;
            if (bundle.length - offset < length) {
                throw new IllegalArgumentException("entry bundle: entry " + entries.size() + " declares " + length
                        + " bytes but only " + (bundle.length - offset) + " remain at offset " + offset);
            }
            entries.add(java.util.Arrays.copyOfRange(bundle, offset, offset + length));
            offset += length;
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("entry bundle: empty (tlog-tiles never serves empty bundles)");
        }
        return entries;
    }

    /** Decodes the bundle at {@code path}, which must hold exactly as many entries as its width says. */
    public static List<byte[]> decode(byte[] bundle, EntryBundlePath path) {
        List<byte[]> entries;
        try {
            entries = decode(bundle);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
        if (entries.size() != path.width()) {
            throw new IllegalArgumentException(path + ": entry bundle has " + entries.size()
                    + " entries, its path says " + path.width());
        }
        return entries;
    }
}
