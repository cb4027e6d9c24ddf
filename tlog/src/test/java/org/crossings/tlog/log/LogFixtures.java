package org.crossings.tlog.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.ConsistencyProof;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.MemoryNodeHashes;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.storage.PublishedCheckpoint;
import org.crossings.tlog.storage.TreeState;

/** What the writer tests share: a log's name and key, and checks of a stored log against an independent tree. */
final class LogFixtures {

    static final String ORIGIN = "crossings.test/log";
    /** A fixed key, so a child process and its parent test agree on it. */
    static final Ed25519NoteSigner SIGNER = Ed25519NoteSigner.fromSeed(ORIGIN, new byte[32]);

    private LogFixtures() {
    }

    /** A config whose timer never fires during a test: tests publish explicitly. */
    static LogWriterConfig config() {
        return LogWriterConfig.defaults(ORIGIN).withCheckpointInterval(Duration.ofHours(1));
    }

    static byte[] entry(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks that every stored tile, the stored state and every published checkpoint match a tree built
     * independently (with {@link MemoryNodeHashes}) from the stored entries.
     */
    static void assertStoredTreeMatchesItsEntries(LogStorage storage) {
        long size = storage.state().map(TreeState::size).orElse(0L);
        List<byte[]> entries = storage.entries(0, Math.toIntExact(size));
        assertThat(entries).hasSize(Math.toIntExact(size));
        MemoryNodeHashes nodes = MemoryNodeHashes.ofEntries(entries);
        if (size > 0) {
            assertThat(new Hash(storage.state().orElseThrow().root())).isEqualTo(TreeHash.root(size, nodes));
        }
        for (int level = 0; (size >>> (8 * level)) > 0; level++) {
            long count = size >>> (8 * level);
            for (long tile = 0; tile * 256 < count; tile++) {
                int width = (int) Math.min(256, count - tile * 256);
                byte[] expected = new byte[width * Hash.SIZE];
                for (int i = 0; i < width; i++) {
                    nodes.node(8 * level, tile * 256 + i).writeTo(expected, i * Hash.SIZE);
                }
                assertThat(storage.tile(level, tile)).as("tile %d/%d", level, tile)
                        .hasValueSatisfying(stored -> assertThat(stored).isEqualTo(expected));
            }
        }
        for (PublishedCheckpoint checkpoint : storage.checkpoints(0, Long.MAX_VALUE)) {
            Checkpoint signed = SignedCheckpoint.open(checkpoint.note(), ORIGIN, SIGNER.verifier()).checkpoint();
            assertThat(signed.size()).isEqualTo(checkpoint.size());
            Hash root = TreeHash.root(signed.size(), nodes);
            assertThat(signed.root()).isEqualTo(root);
            ConsistencyProof.verify(signed.size(), size, signed.root(), TreeHash.root(size, nodes),
                    ConsistencyProof.prove(signed.size(), size, nodes));
        }
    }
}
