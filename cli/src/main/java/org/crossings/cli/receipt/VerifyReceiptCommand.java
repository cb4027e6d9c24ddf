package org.crossings.cli.receipt;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 *
 * <p>A file may hold several receipts one after another (a traveller's case: one per entry); then each must carry
 * its entry in its {@code extra} line, as Crossings' receipts do, and every one must verify.
 */
@Command(name = "verify-receipt", mixinStandardHelpOptions = true,
        description = "Check a tlog-proof receipt offline: checkpoint signature, witness cosignatures, inclusion proof.")
public final class VerifyReceiptCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "the receipt: one c2sp.org/tlog-proof@v1, or several one after another (a case's)")
    private Path file;

    @Option(names = "--key", required = true, converter = VerifierKeys.class, paramLabel = "KEY",
            description = "the log's verifier key (name+keyid+base64), or @file holding it")
    private Ed25519NoteVerifier key;

    @Option(names = "--origin", description = "the checkpoint origin, if it is not the key's name")
    private String origin;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Leaf leaf;

    @CommandLine.Mixin
    private WitnessOptions witnesses;

    @Option(names = "--evidence", paramLabel = "FILE",
            description = "where to write the evidence of a failure (default: a new file beside the receipt)")
    private Path evidence;

    /** What the receipt is about: the entry itself, or its RFC 6962 leaf hash; else the entry its extra line holds. */
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
        Optional<Hash> given = leafHash();
        byte[] bytes = read(file, "receipt");
        List<Receipt> receipts = new ArrayList<>();
        try {
            for (String text : Receipt.split(new String(bytes, StandardCharsets.UTF_8))) {
                receipts.add(Receipt.parse(text.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (RuntimeException malformed) {
            return failed("the receipt " + file + " is malformed: " + malformed.getMessage(), "",
                    given.map(Hash::hex).orElse("(from the receipt)"));
        }
        String together = together(receipts);
        if (!together.isEmpty()) {
            return failed(together, receipts.stream().map(Receipt::encode).reduce("", String::concat),
                    "(several)");
        }
        if (given.isPresent() && receipts.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--entry and --leaf-hash name one entry, but "
                    + file + " holds " + receipts.size() + " receipts; each carries its own entry, so give neither");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Receipt receipt : receipts) {
            Hash leafHash = given.orElseGet(() -> receipt.extra().map(TreeHash::leaf).orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(), "the receipt for entry " + receipt.index()
                            + " carries no entry (no extra line): give --entry FILE or --leaf-hash HEX")));
            try {
                VerifiedReceipt verified = verifier.verify(receipt, leafHash);
                out.print(proven(verified));
            } catch (ReceiptVerificationException e) {
                out.flush();
                return failed(e.getMessage(), receipt.encode(), leafHash.hex());
            }
        }
        out.flush();
        return ExitCodes.VERIFIED;
    }

    /**
     * Receipts one after another are one case's: against one checkpoint, entries in log order. Empty if they are;
     * else what is wrong.
     */
    private static String together(List<Receipt> receipts) {
        for (int i = 1; i < receipts.size(); i++) {
            if (!receipts.get(i).checkpoint().encode().equals(receipts.getFirst().checkpoint().encode())) {
                return "receipt " + (i + 1) + " is against another checkpoint than receipt 1";
            }
            if (receipts.get(i).index() <= receipts.get(i - 1).index()) {
                return "receipt " + (i + 1) + " (index " + receipts.get(i).index() + ") does not come after receipt "
                        + i + " (index " + receipts.get(i - 1).index() + ")";
            }
        }
        return "";
    }

    private Optional<Hash> leafHash() {
        if (leaf == null) {
            return Optional.empty();
        }
        if (leaf.entry != null) {
            return Optional.of(TreeHash.leaf(read(leaf.entry, "--entry")));
        }
        try {
            return Optional.of(Hash.fromHex(leaf.leafHash.strip()));
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
                + verified.witnesses().map(q -> "witnesses:  " + q.describe() + "\n").orElse("")
                + verified.receipt().extra().map(entry -> "entry:      " + new String(entry, StandardCharsets.UTF_8)
                        .replaceAll("\\p{Cntrl}", "?") + "\n").orElse("");
    }

    private int failed(String reason, String receiptText, String leafHash) {
        String report = "RECEIPT VERIFICATION FAILED: " + reason + "\n"
                + "receipt file: " + file + "\n"
                + "leaf hash:    " + leafHash + "\n"
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
