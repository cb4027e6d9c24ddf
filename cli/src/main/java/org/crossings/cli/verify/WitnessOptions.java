package org.crossings.cli.verify;

import java.util.ArrayList;
import java.util.List;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
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

    /** A rule a checkpoint must pass; the empty policy passes everything. */
    public interface Policy {

        /** @throws VerificationFailure if the checkpoint lacks the cosignatures the auditor requires */
        void check(SignedCheckpoint checkpoint);
    }

    /** The policy the options describe; bad keys or a quorum out of range are usage errors. */
    public Policy policy(CommandLine commandLine) {
        if (keys.isEmpty()) {
            if (quorum != null) {
                throw new CommandLine.ParameterException(commandLine, "--witness-quorum needs --witness-key");
            }
            return checkpoint -> { };
        }
        throw new CommandLine.ParameterException(commandLine, "--witness-key is not supported yet");
    }
}
