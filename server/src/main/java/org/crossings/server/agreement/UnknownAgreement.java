package org.crossings.server.agreement;

/** An agreement, or a version of one, that no entry of the log has proposed; the message names what was asked for. */
public class UnknownAgreement extends RuntimeException {

    public UnknownAgreement(AgreementId id) {
        super("agreement \"" + id + "\" has not been proposed");
    }

    public UnknownAgreement(AgreementRef ref) {
        super("agreement \"" + ref.id() + "\" has no version " + ref.version());
    }
}
