package org.crossings.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private long now;
    private final StringWriter err = new StringWriter();

    @Test
    void off_a_terminal_it_prints_a_line_every_five_seconds_with_count_percent_and_rate() {
        Progress progress = new Progress(new PrintWriter(err), false, 10_000, () -> now);

        now = 4_000_000_000L;
        progress.advance(2_000);
        now = 5_000_000_000L;
        progress.advance(500);
        now = 6_000_000_000L;
        progress.advance(500);
        progress.finish();

        assertThat(err.toString()).isEqualTo("verified 2,500 / 10,000 entries (25.0%), 500 entries/s"
                + System.lineSeparator());
    }

    @Test
    void on_a_terminal_it_rewrites_one_line_and_ends_it_when_done() {
        Progress progress = new Progress(new PrintWriter(err), true, 1_000, () -> now);

        now = 1_000_000_000L;
        progress.advance(500);
        now = 2_000_000_000L;
        progress.advance(500);
        progress.finish();

        assertThat(err.toString()).isEqualTo("\rverified 500 / 1,000 entries (50.0%), 500 entries/s\u001b[K"
                + "\rverified 1,000 / 1,000 entries (100.0%), 500 entries/s\u001b[K"
                + "\rverified 1,000 / 1,000 entries (100.0%), 500 entries/s\u001b[K" + System.lineSeparator());
    }
}
