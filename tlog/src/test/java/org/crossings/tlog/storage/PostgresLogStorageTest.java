package org.crossings.tlog.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresLogStorageTest extends LogStorageContract {

    private static EmbeddedLogDatabase postgres;
    private DataSource database;

    @BeforeAll
    static void startPostgres() {
        postgres = new EmbeddedLogDatabase();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    protected LogStorage emptyStorage() {
        database = postgres.freshDatabase();
        return new PostgresLogStorage(database);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void the_database_refuses_to_rewrite_a_committed_entry_even_outside_the_adapter() {
        storage.commit(batch(0, List.of(), "a"));

        assertThatThrownBy(() -> execute("UPDATE tlog_entries SET data = '\\x00' WHERE idx = 0"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM tlog_entries")).isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");

        assertThat(storage.entries(0, 1)).containsExactly(bytes("a"));
    }

    @Test
    void the_database_refuses_to_rewrite_a_published_checkpoint_even_outside_the_adapter() {
        storage.publish(new PublishedCheckpoint(0, "note\n"));

        assertThatThrownBy(() -> execute("UPDATE tlog_checkpoints SET note = 'forged'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    @Test
    void a_large_batch_goes_in_as_one_commit() {
        int count = 5000;
        List<byte[]> entries = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(bytes("entry " + i));
        }
        storage.commit(new Batch(0, entries, List.of(), new TreeState(count, filled(32, 1))));

        assertThat(storage.entries(4990, 100)).hasSize(10).first().isEqualTo(bytes("entry 4990"));
    }
}
