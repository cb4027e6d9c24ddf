package org.crossings.tlog.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossings.tlog.log.LogFixtures.ORIGIN;
import static org.crossings.tlog.log.LogFixtures.SIGNER;
import static org.crossings.tlog.log.LogFixtures.assertStoredTreeMatchesItsEntries;
import static org.crossings.tlog.log.LogFixtures.config;
import static org.crossings.tlog.log.LogFixtures.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.Note;
import org.crossings.tlog.note.Notes;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.storage.InMemoryLogStorage;
import org.crossings.tlog.storage.LogStorageException;
import org.crossings.tlog.storage.PublishedCheckpoint;
import org.crossings.tlog.storage.StaleBatchException;
import org.junit.jupiter.api.Test;

class LogWriterTest {

    private final InMemoryLogStorage storage = new InMemoryLogStorage();

    @Test
    void appends_from_many_threads_get_distinct_consecutive_indexes_and_land_there() throws Exception {
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        int threads = 8;
        int perThread = 400;
        try (LogWriter writer = LogWriter.start(storage, SIGNER, config().withMaxBatchSize(64));
             ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String text = "thread " + thread + " entry " + i;
                        acknowledged.put(writer.append(entry(text)).join(), text);
                    }
                }, pool));
            }
            done.forEach(CompletableFuture::join);
        }

        assertThat(acknowledged.keySet()).containsExactlyInAnyOrderElementsOf(
                LongStream.range(0, threads * perThread).boxed().toList());
        acknowledged.forEach((index, text) ->
                assertThat(storage.entries(index, 1)).containsExactly(entry(text)));
    }

    @Test
    void the_stored_tiles_match_a_tree_built_independently_from_the_same_entries() {
        // 70 000 entries reach tile level 2 (65 536 leaves), with full and partial tiles on every level.
        try (LogWriter writer = LogWriter.start(storage, SIGNER, config().withMaxBatchSize(1000))) {
            List<CompletableFuture<Long>> appended = new ArrayList<>();
            for (int i = 0; i < 70_000; i += 7) {
                List<byte[]> group = new ArrayList<>();
                for (int j = i; j < i + 7; j++) {
                    group.add(entry("entry " + j));
                }
                appended.add(writer.appendAll(group));
            }
            assertThat(appended.getLast().join()).isEqualTo(70_000 - 7);
            writer.publish();
        }

        assertThat(storage.tile(2, 0)).hasValueSatisfying(tile -> assertThat(tile).hasSize(Hash.SIZE));
        assertStoredTreeMatchesItsEntries(storage);
    }

    @Test
    void entries_appended_together_get_consecutive_indexes() {
        try (LogWriter writer = LogWriter.start(storage, SIGNER, config().withMaxBatchSize(4))) {
            writer.append(entry("first")).join();
            long first = writer.appendAll(List.of(entry("a"), entry("b"), entry("c"))).join();

            assertThat(first).isEqualTo(1);
            assertThat(storage.entries(1, 3)).containsExactly(entry("a"), entry("b"), entry("c"));
        }
    }

    @Test
    void a_published_checkpoint_verifies_with_the_log_key_and_commits_to_the_tree() {
        try (LogWriter writer = LogWriter.start(storage, SIGNER, config())) {
            writer.appendAll(List.of(entry("a"), entry("b"), entry("c"))).join();

            PublishedCheckpoint checkpoint = writer.publish().orElseThrow();

            String text = Notes.open(checkpoint.note(), List.of(SIGNER.verifier())).text();
            assertThat(text).isEqualTo(ORIGIN + "\n3\n" + writer.root().base64() + "\n");
            assertThat(checkpoint.size()).isEqualTo(3);
            assertThat(writer.publish()).as("nothing new to sign").isEmpty();
        }
    }

    @Test
    void a_writer_publishes_a_checkpoint_of_the_empty_tree_when_there_is_none() {
        LogWriter.start(storage, SIGNER, config()).close();

        assertThat(storage.latestCheckpoint()).hasValueSatisfying(checkpoint -> {
            assertThat(checkpoint.size()).isZero();
            assertThat(Checkpoint.parse(Note.parse(checkpoint.note()).text()).root()).isEqualTo(
                    org.crossings.tlog.merkle.TreeHash.empty());
        });
    }

    @Test
    void a_restarted_writer_continues_the_same_tree_consistently() {
        try (LogWriter writer = LogWriter.start(storage, SIGNER, config())) {
            for (int i = 0; i < 300; i++) {
                writer.append(entry("before " + i));
            }
        }
        try (LogWriter writer = LogWriter.start(storage, SIGNER, config())) {
            assertThat(writer.size()).isEqualTo(300);
            assertThat(writer.append(entry("after")).join()).isEqualTo(300);
            writer.publish();
        }

        assertThat(storage.checkpoints(0, Long.MAX_VALUE)).extracting(PublishedCheckpoint::size)
                .containsExactly(0L, 300L, 301L);
        assertStoredTreeMatchesItsEntries(storage);
    }

    @Test
    void an_entry_longer_than_an_entry_bundle_can_carry_is_refused_at_append_time() {
        try (LogWriter writer = LogWriter.start(storage, SIGNER, config())) {
            assertThatThrownBy(() -> writer.append(new byte[65_536])).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("65536").hasMessageContaining("65535");
            assertThat(writer.append(new byte[65_535]).join()).isZero();
        }
    }

    @Test
    void a_failed_commit_fails_its_futures_and_the_next_batch_takes_the_same_indexes() {
        InterferingLogStorage interfering = new InterferingLogStorage(storage);
        try (LogWriter writer = LogWriter.start(interfering, SIGNER, config())) {
            writer.append(entry("kept")).join();
            interfering.failNextCommit(new LogStorageException("database went away"));

            assertThatThrownBy(() -> writer.append(entry("lost")).join()).isInstanceOf(CompletionException.class)
                    .hasRootCauseMessage("database went away");
            assertThat(writer.append(entry("next")).join()).isEqualTo(1);
        }
        assertThat(storage.entries(0, 10)).containsExactly(entry("kept"), entry("next"));
        assertStoredTreeMatchesItsEntries(storage);
    }

    @Test
    void a_stale_writer_fails_its_batch_and_then_continues_after_the_other_writers_entries() {
        try (LogWriter first = LogWriter.start(storage, SIGNER, config());
             LogWriter second = LogWriter.start(storage, SIGNER, config())) {
            first.append(entry("by the first")).join();

            assertThatThrownBy(() -> second.append(entry("stale")).join())
                    .hasCauseInstanceOf(StaleBatchException.class);
            assertThat(second.append(entry("by the second")).join()).isEqualTo(1);
        }
        assertStoredTreeMatchesItsEntries(storage);
    }

    @Test
    void closing_commits_everything_queued_and_later_appends_fail() {
        List<CompletableFuture<Long>> appended = new ArrayList<>();
        LogWriter writer = LogWriter.start(storage, SIGNER, config());
        for (int i = 0; i < 2000; i++) {
            appended.add(writer.append(entry("entry " + i)));
        }
        writer.close();

        assertThat(appended).allSatisfy(future -> assertThat(future).isCompleted());
        assertThat(storage.entries(0, 3000)).hasSize(2000);
        assertThat(storage.latestCheckpoint()).hasValueSatisfying(c -> assertThat(c.size()).isEqualTo(2000));
        assertThat(writer.append(entry("late"))).isCompletedExceptionally();
    }

    @Test
    void a_writer_refuses_to_start_on_tiles_changed_behind_its_back_and_shows_the_evidence() {
        try (LogWriter writer = LogWriter.start(storage, SIGNER, config())) {
            for (int i = 0; i < 600; i++) {
                writer.append(entry("entry " + i));
            }
        }
        InterferingLogStorage interfering = new InterferingLogStorage(storage);
        // 600 = 512 + 88: the root rests on tile 1/0 (leaves 0-511) and on partial tile 0/2 (leaves 512-599).
        interfering.changeTile(0, 2);

        assertThatThrownBy(() -> LogWriter.start(interfering, SIGNER, config()))
                .isInstanceOfSatisfying(InconsistentLogException.class, inconsistent -> {
                    assertThat(inconsistent.size()).isEqualTo(600);
                    assertThat(inconsistent.recomputedRoot()).isPresent().get()
                            .isNotEqualTo(inconsistent.committedRoot());
                });
    }

    @Test
    void a_running_writer_refuses_to_sign_once_a_signed_tile_changed_and_stops_publishing() {
        InterferingLogStorage interfering = new InterferingLogStorage(storage);
        try (LogWriter writer = LogWriter.start(interfering, SIGNER, config())) {
            List<CompletableFuture<Long>> appended = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                appended.add(writer.append(entry("entry " + i)));
            }
            appended.forEach(CompletableFuture::join);
            PublishedCheckpoint signed = writer.publish().orElseThrow();
            writer.append(entry("one more")).join();
            interfering.changeTile(0, 0);

            assertThatThrownBy(writer::publish).isInstanceOfSatisfying(InconsistentLogException.class, e -> {
                assertThat(e.size()).isEqualTo(100);
                assertThat(e.checkpointNote()).contains(signed.note());
                assertThat(e.recomputedRoot()).isPresent();
            });
            assertThat(writer.publishingHalted()).isPresent();
            assertThatThrownBy(writer::publish).isInstanceOf(InconsistentLogException.class);
        }
        assertThat(storage.latestCheckpoint()).hasValueSatisfying(c -> assertThat(c.size()).isEqualTo(100));
    }
}
