package org.crossings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.crossings.tlog.log.LogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWorldLoaderTest {

    @Test
    void a_fresh_log_gets_the_demo_world_once_and_its_people_passwords_are_kept_for_the_owner_only(
            @TempDir Path data) throws Exception {
        long loaded;
        try (RunningServer first = RunningServer.start(data)) {
            loaded = first.bean(LogWriter.class).size();
            assertThat(first.get("/api/parties").body()).contains("\"ARM\"", "\"TUR\"", "\"AZE\"");
        }
        Path people = data.resolve("demo-people.txt");
        assertThat(Files.readString(people)).contains("arm-signatory", "tur-officer-alican", "eu-observer");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(people))).isEqualTo("rw-------");

        try (RunningServer again = RunningServer.start(data)) {
            assertThat(again.bean(LogWriter.class).size()).as("nothing loaded twice").isEqualTo(loaded);
        }
    }

    @Test
    void started_empty_the_log_holds_nothing_and_no_one_can_sign_in(@TempDir Path data) {
        try (RunningServer empty = RunningServer.start(data, "--crossings.demo=false")) {
            assertThat(empty.bean(LogWriter.class).size()).isZero();
            assertThat(empty.get("/api/parties").body()).isEqualTo("[]");
        }
        assertThat(data.resolve("demo-people.txt")).doesNotExist();
    }
}
