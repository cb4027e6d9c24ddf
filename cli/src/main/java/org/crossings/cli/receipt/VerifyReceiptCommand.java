package org.crossings.cli.receipt;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.crossings.cli.EvidenceFile;
import org.crossings.cli.ExitCodes;
import org.crossings.cli.VerifierKeys;
import org.crossings.cli.WitnessOptions;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.proof.Receipt;
import org.crossings.tlog.proof.ReceiptVerificationException;
import org.crossings.tlog.proof.ReceiptVerifier;
import org.crossings.tlog.proof.VerifiedReceipt;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossings verify-receipt}: checks a tlog-proof receipt (c2sp.org/tlog-proof) offline, with nothing but the
 * log's public key: the checkpoint's signature, the witnesses' cosignatures if asked for, and the inclusion proof of
 * the entry (or its leaf hash) in the signed tree.
 */
@Command(name = "verify-receipt", mixinStandardHelpOptions = true,
        description = "Check a tlog-proof receipt offline: checkpoint signature, witness cosignatures, inclusion proof.")
public final class VerifyReceiptCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the receipt (a c2sp.org/tlog-proof@v1 file)")
    private Path file;

    @Option(names = "--key", required = true, converter = VerifierKeys.class, paramLabel = "KEY",
            description = "the log's verifier key (name+keyid+base64), or @file holding it")
    private Ed25519NoteVerifier key;

    @Option(names = "--origin", description = "the checkpoint origin, if it is not the key's name")
    private String origin;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Leaf leaf;

    @CommandLine.Mixin
    private WitnessOptions witnesses;

    @Option(names = "--evidence", paramLabel = "FILE",
            description = "where to write the evidence of a failure (default: a new file beside the receipt)")
    private Path evidence;

    /** What the receipt is about: the entry itself, or its RFC 6962 leaf hash. */
    static final class Leaf {

        @Option(names = "--entry", required = true, paramLabel = "FILE", description = "the logged entry's bytes")
        Path entry;

        @Option(names = "--leaf-hash", required = true, paramLabel = "HEX",
                description = "the entry's leaf hash, SHA-256(0x00 || entry), in hex")
        String leafHash;
    }

    @Override
    public Integer call() {
        ReceiptVerifier verifier = ReceiptVerifier.of(key).withOrigin(origin != null ? origin : key.name());
        verifier = witnesses.policy(spec.commandLine()).map(verifier::withWitnesses).orElse(verifier);
        Hash leafHash = leafHash();
        byte[] bytes = read(file, "receipt");
        PrintWriter out = spec.commandLine().getOut();
        Receipt receipt;
        try {
            receipt = Receipt.parse(bytes);
        } catch (RuntimeException malformed) {
            return failed("the receipt " + file + " is malformed: " + malformed.getMessage(), "", leafHash);
        }
        try {
            VerifiedReceipt verified = verifier.verify(receipt, leafHash);
            out.print(proven(verified));
            out.flush();
            return ExitCodes.VERIFIED;
        } catch (ReceiptVerificationException e) {
            return failed(e.getMessage(), receipt.encode(), leafHash);
        }
    }

    private Hash leafHash() {
        if (leaf.entry != null) {
            return TreeHash.leaf(read(leaf.entry, "--entry"));
        }
        try {
            return Hash.fromHex(leaf.leafHash.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--leaf-hash: " + e.getMessage());
        }
    }

    private byte[] read(Path path, String what) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), what + " " + path + " cannot be read: " + e);
        }
    }

    private String proven(VerifiedReceipt verified) {
        Checkpoint checkpoint = verified.checkpoint();
        return "verified receipt: " + file + "\n"
                + "origin:     " + checkpoint.origin() + "\n"
                + "index:      " + verified.receipt().index() + "\n"
                + "tree size:  " + checkpoint.size() + "\n"
                + "root:       " + checkpoint.root().base64() + "\n"
                + "leaf hash:  " + verified.leafHash().hex() + "\n"
                + "signed by:  " + key.name() + "+" + key.keyId() + "\n"
                + verified.witnesses().map(q -> "witnesses:  " + q.describe() + "\n").orElse("");
    }

    private int failed(String reason, String receiptText, Hash leafHash) {
        String report = "RECEIPT VERIFICATION FAILED: " + reason + "\n"
                + "receipt file: " + file + "\n"
                + "leaf hash:    " + leafHash.hex() + "\n"
                + "log key:      " + key.verifierKey() + "\n"
                + (receiptText.isEmpty() ? "" : "receipt:\n" + receiptText);
        Path where = evidence != null ? evidence : EvidenceFile.in(
                file.toAbsolutePath().getParent(), file.getFileName().toString(), Clock.systemUTC().instant());
        EvidenceFile.write(where, report);
        PrintWriter out = spec.commandLine().getOut();
        out.print(report);
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println("crossings verify-receipt: verification FAILED: " + reason);
        err.println("crossings verify-receipt: evidence written to " + where);
        return ExitCodes.FAILED;
    }
}
