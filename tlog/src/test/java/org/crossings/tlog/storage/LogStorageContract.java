package org.crossings.tlog.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link LogStorage} contract, which every adapter passes: extend this class and return a new, empty storage
 * from {@link #emptyStorage()}. Shipped in this module's test-jar so adapters elsewhere can reuse it.
 *
 * <p>The storage sees only bytes, so the "hashes" and "roots" here are arbitrary bytes: the contract is about
 * atomicity, ordering and history, not about Merkle trees.
 */
public abstract class LogStorageContract {

    protected LogStorage storage;

    /** A new storage holding nothing: no entries, no tiles, no state, no checkpoints. */
    protected abstract LogStorage emptyStorage() throws Exception;

    @BeforeEach
    void openEmptyStorage() throws Exception {
        storage = emptyStorage();
    }

    protected static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    protected static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    protected static Batch batch(long firstIndex, List<StoredTile> tiles, String... entries) {
        List<byte[]> payloads = Arrays.stream(entries).map(LogStorageContract::bytes).toList();
        return new Batch(firstIndex, payloads, tiles, new TreeState(firstIndex + entries.length,
                filled(32, (int) (firstIndex + entries.length))));
    }

    private static List<String> texts(List<byte[]> entries) {
        return entries.stream().map(e -> new String(e, StandardCharsets.UTF_8)).toList();
    }

    @Test
    void an_empty_storage_has_no_state_entries_tiles_or_checkpoints() {
        assertThat(storage.state()).isEmpty();
        assertThat(storage.entries(0, 10)).isEmpty();
        assertThat(storage.tile(0, 0)).isEmpty();
        assertThat(storage.latestCheckpoint()).isEmpty();
        assertThat(storage.checkpoints(0, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void a_committed_batch_reads_back_exactly_entries_tiles_and_state() {
        StoredTile tile = new StoredTile(0, 0, filled(96, 7));
        Batch batch = batch(0, List.of(tile), "a", "b", "c");

        storage.commit(batch);

        assertThat(texts(storage.entries(0, 3))).containsExactly("a", "b", "c");
        assertThat(storage.tile(0, 0)).hasValueSatisfying(hashes -> assertThat(hashes).isEqualTo(filled(96, 7)));
        assertThat(storage.state()).contains(batch.state());
    }

    @Test
    void batches_extend_the_tree_one_after_another() {
        storage.commit(batch(0, List.of(), "a", "b"));
        storage.commit(batch(2, List.of(), "c"));
        storage.commit(batch(3, List.of(), "d", "e"));

        assertThat(texts(storage.entries(0, 5))).containsExactly("a", "b", "c", "d", "e");
        assertThat(texts(storage.entries(2, 2))).containsExactly("c", "d");
        assertThat(storage.state()).hasValueSatisfying(state -> assertThat(state.size()).isEqualTo(5));
    }

    @Test
    void reading_entries_past_the_end_of_the_tree_stops_at_its_size() {
        storage.commit(batch(0, List.of(), "a", "b", "c"));

        assertThat(texts(storage.entries(1, 100))).containsExactly("b", "c");
        assertThat(storage.entries(3, 10)).isEmpty();
        assertThat(storage.entries(1000, 10)).isEmpty();
    }

    @Test
    void a_batch_that_starts_beyond_the_stored_size_is_rejected_and_nothing_of_it_is_kept() {
        storage.commit(batch(0, List.of(), "a"));

        assertThatThrownBy(() -> storage.commit(batch(2, List.of(new StoredTile(0, 0, filled(32, 1))), "x")))
                .isInstanceOfSatisfying(StaleBatchException.class, stale -> {
                    assertThat(stale.storedSize()).isEqualTo(1);
                    assertThat(stale.firstIndex()).isEqualTo(2);
                });

        assertThat(storage.state()).hasValueSatisfying(state -> assertThat(state.size()).isEqualTo(1));
        assertThat(storage.entries(0, 10)).hasSize(1);
        assertThat(storage.tile(0, 0)).isEmpty();
    }

    @Test
    void a_stale_batch_that_would_overwrite_committed_entries_is_rejected() {
        storage.commit(batch(0, List.of(), "a", "b"));

        assertThatThrownBy(() -> storage.commit(batch(1, List.of(), "forged")))
                .isInstanceOf(StaleBatchException.class).hasMessageContaining("1").hasMessageContaining("2");

        assertThat(texts(storage.entries(0, 10))).containsExactly("a", "b");
    }

    @Test
    void of_two_writers_racing_for_the_same_size_exactly_one_commits() throws Exception {
        storage.commit(batch(0, List.of(), "genesis"));
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String entry = "writer-" + w;
            attempts.add(() -> {
                start.await();
                try {
                    storage.commit(batch(1, List.of(new StoredTile(0, 0, filled(64, entry.hashCode()))), entry));
                    return true;
                } catch (StaleBatchException expected) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Boolean>> outcomes = attempts.stream().map(pool::submit).toList();
            start.countDown();
            long committed = 0;
            for (Future<Boolean> outcome : outcomes) {
                committed += outcome.get() ? 1 : 0;
            }
            assertThat(committed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        String winner = texts(storage.entries(1, 10)).getFirst();
        assertThat(storage.entries(0, 10)).hasSize(2);
        assertThat(storage.tile(0, 0)).hasValueSatisfying(
                hashes -> assertThat(hashes).isEqualTo(filled(64, winner.hashCode())));
    }

    @Test
    void a_partial_tile_is_replaced_as_it_grows() {
        byte[] first = filled(32, 1);
        byte[] grown = new byte[64];
        System.arraycopy(first, 0, grown, 0, 32);
        Arrays.fill(grown, 32, 64, (byte) 2);

        storage.commit(batch(0, List.of(new StoredTile(0, 0, first)), "a"));
        storage.commit(batch(1, List.of(new StoredTile(0, 0, grown)), "b"));

        assertThat(storage.tile(0, 0)).hasValueSatisfying(hashes -> assertThat(hashes).isEqualTo(grown));
    }

    @Test
    void a_batch_that_would_change_a_stored_tile_instead_of_growing_it_is_rejected_whole() {
        storage.commit(batch(0, List.of(new StoredTile(0, 0, filled(32, 1))), "a"));
        Batch rewrite = batch(1, List.of(new StoredTile(0, 0, filled(64, 9)), new StoredTile(1, 0, filled(32, 3))),
                "b");

        assertThatThrownBy(() -> storage.commit(rewrite)).isInstanceOf(BatchRejectedException.class)
                .isNotInstanceOf(StaleBatchException.class);

        assertThat(storage.tile(0, 0)).hasValueSatisfying(hashes -> assertThat(hashes).isEqualTo(filled(32, 1)));
        assertThat(storage.tile(1, 0)).isEmpty();
        assertThat(storage.entries(0, 10)).hasSize(1);
        assertThat(storage.state()).hasValueSatisfying(state -> assertThat(state.size()).isEqualTo(1));
    }

    @Test
    void changing_the_arrays_handed_in_or_read_out_does_not_change_the_storage() {
        byte[] entry = bytes("original");
        byte[] tile = filled(32, 5);
        storage.commit(new Batch(0, List.of(entry), List.of(new StoredTile(0, 0, tile)),
                new TreeState(1, filled(32, 1))));
        entry[0] = 'X';
        tile[0] = 9;
        storage.entries(0, 1).getFirst()[1] = 'Y';
        storage.tile(0, 0).orElseThrow()[1] = 9;

        assertThat(texts(storage.entries(0, 1))).containsExactly("original");
        assertThat(storage.tile(0, 0)).hasValueSatisfying(hashes -> assertThat(hashes).isEqualTo(filled(32, 5)));
    }

    @Test
    void empty_and_largest_entries_and_every_byte_value_round_trip() {
        byte[] largest = new byte[65535];
        for (int i = 0; i < largest.length; i++) {
            largest[i] = (byte) i;
        }
        storage.commit(new Batch(0, List.of(new byte[0], largest), List.of(), new TreeState(2, filled(32, 1))));

        List<byte[]> read = storage.entries(0, 2);
        assertThat(read.get(0)).isEmpty();
        assertThat(read.get(1)).isEqualTo(largest);
    }

    @Test
    void a_checkpoint_of_the_empty_tree_is_accepted_before_any_entry() {
        PublishedCheckpoint empty = new PublishedCheckpoint(0, "example.com/log\n0\nroot\n\n— sig\n");

        storage.publish(empty);

        assertThat(storage.latestCheckpoint()).contains(empty);
    }

    @Test
    void published_checkpoints_are_kept_oldest_first_and_the_latest_is_the_last() {
        storage.commit(batch(0, List.of(), "a", "b", "c"));
        PublishedCheckpoint one = new PublishedCheckpoint(1, "note one\n");
        PublishedCheckpoint three = new PublishedCheckpoint(3, "note three\n");
        PublishedCheckpoint threeAgain = new PublishedCheckpoint(3, "note three, signed again\n");

        storage.publish(one);
        storage.publish(three);
        storage.publish(threeAgain);

        assertThat(storage.latestCheckpoint()).contains(threeAgain);
        assertThat(storage.checkpoints(0, Long.MAX_VALUE)).containsExactly(one, three, threeAgain);
        assertThat(storage.checkpoints(2, 3)).containsExactly(three, threeAgain);
    }

    @Test
    void a_checkpoint_smaller_than_the_latest_is_rejected() {
        storage.commit(batch(0, List.of(), "a", "b", "c"));
        storage.publish(new PublishedCheckpoint(3, "note three\n"));

        assertThatThrownBy(() -> storage.publish(new PublishedCheckpoint(2, "note two\n")))
                .isInstanceOf(CheckpointRejectedException.class).hasMessageContaining("size 2");

        assertThat(storage.checkpoints(0, Long.MAX_VALUE)).hasSize(1);
    }

    @Test
    void a_checkpoint_beyond_the_stored_tree_is_rejected() {
        storage.commit(batch(0, List.of(), "a", "b"));

        assertThatThrownBy(() -> storage.publish(new PublishedCheckpoint(3, "note three\n")))
                .isInstanceOf(CheckpointRejectedException.class).hasMessageContaining("size 3");

        assertThat(storage.latestCheckpoint()).isEmpty();
    }
}
