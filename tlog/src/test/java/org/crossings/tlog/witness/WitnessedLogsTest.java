package org.crossings.tlog.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.note.NoteVerifier;
import org.junit.jupiter.api.Test;

class WitnessedLogsTest {

    private final String first = Ed25519NoteSigner.generate("a.example/log").verifier().verifierKey();
    private final String second = Ed25519NoteSigner.generate("a.example/log").verifier().verifierKey();
    private final String other = Ed25519NoteSigner.generate("b").verifier().verifierKey();

    @Test
    void logsAreReadWithEveryKeyOfAnOriginAndCommentsIgnored() {
        Map<String, List<NoteVerifier>> logs = WitnessedLogs.parse("# witnessed\nlog a.example/log " + first
                + "\n\nlog a.example/log " + second + "\nlog sum.golang.org " + other + "\n");

        assertThat(logs).containsOnlyKeys("a.example/log", "sum.golang.org");
        assertThat(logs.get("a.example/log")).hasSize(2);
        assertThat(logs.get("sum.golang.org").getFirst().name()).isEqualTo("b");
    }

    @Test
    void aMalformedLineOrKeyIsRefusedWithItsLineNumber() {
        assertThatThrownBy(() -> WitnessedLogs.parse("log a.example/log\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> WitnessedLogs.parse("\nlog a x+0+AAAA\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> WitnessedLogs.parse("# nothing\n")).hasMessageContaining("no log");
    }
}
