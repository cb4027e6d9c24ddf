package org.crossings.cli.verify;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crossings.cli.EvidenceFile;
import org.crossings.cli.ExitCodes;
import org.crossings.cli.Terminal;
import org.crossings.cli.VerifierKeys;
import org.crossings.cli.WitnessOptions;
import org.crossings.tlog.client.FetchException;
import org.crossings.tlog.client.Fetched;
import org.crossings.tlog.client.HttpLog;
import org.crossings.tlog.client.OrderedFetches;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.witness.WitnessPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossings verify}: audits a whole log. It trusts nothing the log serves until it has recomputed it: every
 * entry is hashed, the tree is rebuilt, and every served tile, the signed root, and consistency with the checkpoint
 * verified last time must all agree.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Fetch every entry and tile of a log, recompute its tree, and check it against the signed "
                + "checkpoint and the checkpoint verified last time.")
public final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "the log's tlog-tiles prefix, e.g. http://127.0.0.1:8080/log/")
    private URI url;

    @Option(names = "--key", required = true, converter = VerifierKeys.class, paramLabel = "KEY",
            description = "the log's verifier key (name+keyid+base64), or @file holding it")
    private Ed25519NoteVerifier key;

    @Option(names = "--origin", description = "the checkpoint origin, if it is not the key's name")
    private String origin;

    @Option(names = "--state", paramLabel = "FILE",
            description = "the last verified checkpoint (default: ~/.crossings/verify/<origin>.checkpoint)")
    private Path state;

    @Option(names = "--evidence", paramLabel = "FILE",
            description = "where to write the evidence of a failure (default: a new file beside the state file)")
    private Path evidence;

    @CommandLine.Mixin
    private WitnessOptions witnesses;

    @Option(names = "--parallel", defaultValue = "8", paramLabel = "N", description = "fetches in flight (default: ${DEFAULT-VALUE})")
    private int parallel;

    @Override
    public Integer call() {
        if (parallel < 1 || parallel > 256) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--parallel " + parallel + " must be in [1, 256]");
        }
        String expectedOrigin = origin != null ? origin : key.name();
        StateFile stateFile = state != null ? new StateFile(state) : StateFile.forOrigin(expectedOrigin);
        Run run = new Run(new HttpLog(url), new CheckpointAudit(key, expectedOrigin), stateFile,
                witnesses.policy(spec.commandLine()));
        return run.execute();
    }

    /** One audit and what it has learnt so far, for the evidence if it fails. */
    private final class Run {

        private final HttpLog log;
        private final CheckpointAudit checks;
        private final StateFile stateFile;
        private final Optional<WitnessPolicy> witnessPolicy;
        private Optional<SignedCheckpoint> previous = Optional.empty();
        private String servedNote;

        Run(HttpLog log, CheckpointAudit checks, StateFile stateFile, Optional<WitnessPolicy> witnessPolicy) {
            this.log = log;
            this.checks = checks;
            this.stateFile = stateFile;
            this.witnessPolicy = witnessPolicy;
        }

        int execute() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                previous = loadPrevious();
                URI checkpointUri = log.uri("checkpoint");
                servedNote = log.checkpoint();
                SignedCheckpoint now = checks.open(servedNote, checkpointUri.toString());
                witnessPolicy.ifPresent(policy -> checks.requireWitnesses(policy, now));
                Summary summary = audit(now.checkpoint(), err);
                stateFile.save(now.encode());
                out.print(summary.text(now.checkpoint(), previous.map(SignedCheckpoint::checkpoint), stateFile));
                out.flush();
                return ExitCodes.VERIFIED;
            } catch (VerificationFailure failure) {
                return failed(failure, out, err);
            } catch (FetchException e) {
                err.println("crossings verify: the log could not be fetched: " + e.getMessage());
                return ExitCodes.UNREACHABLE;
            }
        }

        /** The checkpoint verified last; one this key and origin did not sign is the user's mistake, not the log's. */
        private Optional<SignedCheckpoint> loadPrevious() {
            try {
                return stateFile.load().map(note -> checks.open(note, "state file " + stateFile.path()));
            } catch (VerificationFailure e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--state " + stateFile.path()
                        + " holds no checkpoint of this log: " + e.summary());
            }
        }

        private Summary audit(Checkpoint now, PrintWriter err) {
            checks.requireNoRollback(previous, now);
            long before = previous.map(p -> p.checkpoint().size()).orElse(0L);
            Progress progress = new Progress(err, Terminal.isInteractive(), now.size(), System::nanoTime);
            TreeAudit.Outcome outcome;
            CoveredResources covered = new CoveredResources(log);
            try (OrderedFetches<Fetched.Served> fetches =
                    new OrderedFetches<>(covered::fetch, new AuditPlan(now.size()), parallel)) {
                outcome = new TreeAudit(now.size(), before, fetches, progress).run();
            } finally {
                progress.finish();
            }
            checks.requireRoot(now, outcome.root());
            previous.ifPresent(p -> checks.requireConsistency(p.checkpoint(), now, outcome));
            return new Summary(outcome.bundles(), outcome.hashTiles(), progress.seconds(), progress.rate());
        }

        private int failed(VerificationFailure failure, PrintWriter out, PrintWriter err) {
            String report = report(failure);
            Path file = evidence != null ? evidence
                    : EvidenceFile.in(stateFile.directory(), key.name(), Clock.systemUTC().instant());
            EvidenceFile.write(file, report);
            out.print(report);
            out.flush();
            err.println("crossings verify: verification FAILED: " + failure.summary());
            err.println("crossings verify: evidence written to " + file);
            return ExitCodes.FAILED;
        }

        private String report(VerificationFailure failure) {
            List<String> parts = new ArrayList<>();
            parts.add("VERIFICATION FAILED: " + failure.summary());
            parts.add("log:  " + log.prefix() + "\ntime: " + Clock.systemUTC().instant());
            parts.add(previous.map(p -> "checkpoint verified before (" + stateFile.path() + "):\n" + p.encode())
                    .orElse("checkpoint verified before: none"));
            parts.add(servedNote == null ? "checkpoint served now: not fetched"
                    : "checkpoint served now (" + log.uri("checkpoint") + "):\n" + servedNote);
            parts.add("evidence:\n" + failure.evidence());
            return String.join("\n", parts);
        }
    }

    /** What a successful audit did, for the summary on stdout. */
    private record Summary(long bundles, long tiles, double seconds, double rate) {

        String text(Checkpoint now, Optional<Checkpoint> before, StateFile stateFile) {
            String consistency = before.map(b -> b.size() == now.size()
                            ? "size " + b.size() + ", unchanged (same root)"
                            : "size " + b.size() + " -> " + now.size() + ", consistent")
                    .orElse("none verified before (first audit of this log)");
            return String.format(Locale.ROOT, """
                    verified: %s
                    size:     %d
                    root:     %s
                    checked:  %d entry bundles, %d hash tiles, in %.1f s (%,.0f entries/s)
                    previous: %s
                    state:    %s
                    """, now.origin(), now.size(), now.root().base64(), bundles, tiles, seconds, rate, consistency,
                    stateFile.path());
        }
    }
}
