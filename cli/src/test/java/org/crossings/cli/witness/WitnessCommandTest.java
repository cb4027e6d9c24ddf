package org.crossings.cli.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crossings.cli.Invocation;
import org.crossings.tlog.witness.CosignatureVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitnessCommandTest {

    @TempDir
    Path temp;

    @Test
    void printKeyGeneratesTheKeyOnceAndPrintsTheSameVerifierKeyEveryTime() throws Exception {
        Path data = temp.resolve("data");

        Invocation first = Invocation.of("witness", "--print-key", "--data", data.toString(), "--name", "w.example");
        Invocation second = Invocation.of("witness", "--print-key", "--data", data.toString());

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(CosignatureVerifier.parse(first.out().strip()).name()).isEqualTo("w.example");
        assertThat(Files.exists(data.resolve("witness.key"))).isTrue();
    }

    @Test
    void aWitnessWithoutALogsFileOrWithAMalformedOneIsABadUsage() throws Exception {
        Path logs = Files.writeString(temp.resolve("logs"), "log only-an-origin\n");

        assertThat(Invocation.of("witness", "--data", temp.toString()).exitCode()).isEqualTo(2);
        Invocation malformed = Invocation.of("witness", "--data", temp.toString(), "--logs", logs.toString());
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("line 1");
    }
}
