package org.crossings.cli;

import org.crossings.cli.receipt.VerifyReceiptCommand;
import org.crossings.cli.verify.VerifyCommand;
import org.crossings.cli.witness.WitnessCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The auditor's commands. Each returns one of {@link ExitCodes}: 0 verified, 1 verification failed (with evidence),
 * 2 bad usage or key, 3 the log could not be fetched.
 */
@Command(name = "crossings", mixinStandardHelpOptions = true, version = "crossings 0.1.0",
        description = "Audit a Crossings transparency log, or check a receipt, with nothing but the log's public key.",
        subcommands = {VerifyCommand.class, VerifyReceiptCommand.class, WitnessCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:verified", "1:verification failed (evidence printed and written to a file)",
                "2:bad usage or bad key", "3:the log could not be fetched", "4:internal error"})
public final class CrossingsCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with usage errors mapped to exit code 2; callers may redirect its out and err. */
    public static CommandLine commandLine() {
        return new CommandLine(new CrossingsCli())
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println("crossings: internal error (a bug, please report it): " + e);
                    e.printStackTrace(commandLine.getErr());
                    return ExitCodes.INTERNAL;
                });
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: verify or verify-receipt");
    }
}
