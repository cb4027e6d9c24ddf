package org.crossings.cli.witness;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crossings.cli.ExitCodes;
import org.crossings.tlog.note.NoteVerifier;
import org.crossings.tlog.witness.CosignatureSigner;
import org.crossings.tlog.witness.FileWitnessState;
import org.crossings.tlog.witness.Witness;
import org.crossings.tlog.witness.WitnessKeyFile;
import org.crossings.tlog.witness.WitnessedLogs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs a witness on its own until stopped, or prints its verifier key. */
@Command(name = "witness", mixinStandardHelpOptions = true,
        description = "Run a C2SP tlog-witness for the logs listed in a file (lines \"log <origin> <verifier key>\").")
public final class WitnessCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--logs", paramLabel = "FILE", description = "the witnessed logs, one \"log <origin> <key>\" a line")
    private Path logs;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "witness-data",
            description = "the witness's key and state (default: ${DEFAULT-VALUE})")
    private Path data;

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:7380",
            description = "where to serve (default: ${DEFAULT-VALUE})")
    private String listen;

    @Option(names = "--prefix", defaultValue = "", description = "URL path prefix, e.g. /witness (default: none)")
    private String prefix;

    @Option(names = "--name", defaultValue = "crossings-witness",
            description = "the key name, used only when the key is generated (default: ${DEFAULT-VALUE})")
    private String name;

    @Option(names = "--print-key", description = "print the witness's verifier key and exit")
    private boolean printKey;

    /** Counted down to stop the witness: by the JVM's shutdown, or by a test. */
    final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CosignatureSigner key = WitnessKeyFile.loadOrCreate(data.resolve("witness.key"), name, Clock.systemUTC());
        if (printKey) {
            out.println(key.verifier().verifierKey());
            return ExitCodes.VERIFIED;
        }
        if (logs == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--logs FILE is required");
        }
        Map<String, List<NoteVerifier>> witnessed;
        try {
            witnessed = WitnessedLogs.parse(Files.readString(logs));
        } catch (IllegalArgumentException | IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--logs " + logs + ": " + e.getMessage());
        }
        return serve(witnessed, key, out);
    }

    private int serve(Map<String, List<NoteVerifier>> witnessed, CosignatureSigner key, PrintWriter out)
            throws IOException, InterruptedException {
        InetSocketAddress address = address();
        try (FileWitnessState state = FileWitnessState.open(data.resolve("state"));
                WitnessHttp http = WitnessHttp.start(new Witness(witnessed, key, state), address, prefix)) {
            out.println("witness key: " + key.verifier().verifierKey());
            out.println("serving POST http://" + http.address().getHostString() + ":" + http.address().getPort()
                    + prefix + "/add-checkpoint");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
            return ExitCodes.VERIFIED;
        } catch (UncheckedIOException | IllegalStateException e) {
            spec.commandLine().getErr().println("crossings witness: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private InetSocketAddress address() {
        int colon = listen.lastIndexOf(':');
        if (colon < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--listen must be HOST:PORT: " + listen);
        }
        return new InetSocketAddress(listen.substring(0, colon), Integer.parseInt(listen.substring(colon + 1)));
    }
}
