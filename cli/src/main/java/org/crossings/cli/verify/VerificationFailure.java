package org.crossings.cli.verify;

/**
 * The log served something that contradicts what it signed or what it showed before. The evidence is plain text a
 * party can hand to the others, who can check it by recomputing every hash it names.
 */
public final class VerificationFailure extends RuntimeException {

    private final String evidence;

    VerificationFailure(String summary, String evidence) {
        super(summary);
        this.evidence = evidence;
    }

    /** One line saying what failed. */
    public String summary() {
        return getMessage();
    }

    /** The details: the resources, sizes, expected and served hashes, proofs. */
    public String evidence() {
        return evidence;
    }
}
