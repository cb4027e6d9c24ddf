package org.crossings.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crossings.tlog.note.NoteVerifier;
import org.crossings.tlog.witness.CosignatureVerifier;
import org.crossings.tlog.witness.WitnessPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The witnesses an auditor requires: a checkpoint counts only if at least {@code --witness-quorum} of the given
 * witness keys cosigned it (c2sp.org/tlog-cosignature), so a log cannot show this auditor a history the witnesses
 * did not see.
 */
public final class WitnessOptions {

    @Option(names = "--witness-key", paramLabel = "KEY",
            description = "a witness's cosignature verifier key, or @file; repeat for each witness")
    private List<String> keys = new ArrayList<>();

    @Option(names = "--witness-quorum", paramLabel = "K",
            description = "how many of the witness keys must have cosigned (default: all of them)")
    private Integer quorum;

    /** The policy the options describe; bad keys or a quorum out of range are usage errors. */
    public Optional<WitnessPolicy> policy(CommandLine commandLine) {
        if (keys.isEmpty()) {
            if (quorum != null) {
                throw new CommandLine.ParameterException(commandLine, "--witness-quorum needs --witness-key");
            }
            return Optional.empty();
        }
        List<NoteVerifier> witnesses = new ArrayList<>();
        for (String key : keys) {
            witnesses.add(parse(commandLine, key));
        }
        WitnessPolicy policy;
        try {
            policy = new WitnessPolicy(witnesses, quorum != null ? quorum : witnesses.size());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--witness-quorum: " + e.getMessage());
        }
        return Optional.of(policy);
    }

    private static CosignatureVerifier parse(CommandLine commandLine, String option) {
        String key = option;
        try {
            key = option.startsWith("@") ? Files.readString(Path.of(option.substring(1))).strip() : option;
            return CosignatureVerifier.parse(key);
        } catch (IOException | RuntimeException e) {
            throw new CommandLine.ParameterException(commandLine,
                    "--witness-key \"" + key + "\": " + e.getMessage());
        }
    }
}
