package org.crossings.server.agreement.http;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.crossings.server.agreement.Agreement;
import org.crossings.server.agreement.AgreementEvent.AgreementSuspended;
import org.crossings.server.agreement.AgreementSignature;
import org.crossings.server.agreement.AgreementStatus;
import org.crossings.server.agreement.AgreementTimeline;
import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.agreement.Reason;
import org.crossings.server.agreement.TermsDocument;
import org.crossings.server.party.PartyCode;
import tools.jackson.databind.JsonNode;

/** The JSON answers of the agreement routes; instants are ISO 8601 in UTC, statuses lower-case words. */
final class AgreementViews {

    private AgreementViews() {
    }

    record Summary(String id, int version, String title, String status, List<String> parties) {
    }

    record Version(String id, int version, String title, String status, String proposer, String proposedAt,
                   JsonNode terms, List<Signature> signatures, List<String> awaiting, String inForceFrom,
                   Suspension suspension, List<Integer> versions) {
    }

    record Signature(String party, String keyId, String signedAt, String signature) {
    }

    record Suspension(String by, String reason, String at) {
    }

    record Eligibility(boolean allowed, String agreement, Integer version, List<Refusal> reasons) {
    }

    record Refusal(String agreement, Integer version, String code, String detail) {
    }

    record Timeline(String id, int version, String title, String status, long used, List<Step> steps) {
    }

    record Step(String step, String at, String party, String detail) {
    }

    static Summary summary(Agreement agreement, Instant now) {
        return new Summary(agreement.ref().id().value(), agreement.ref().version(), agreement.terms().title(),
                status(agreement.status(now)), codes(agreement.terms().partyCodes()));
    }

    static Version version(Agreement agreement, List<Agreement> all, Instant now) {
        AgreementSuspended suspended = agreement.suspension();
        return new Version(agreement.ref().id().value(), agreement.ref().version(), agreement.terms().title(),
                status(agreement.status(now)), agreement.proposer().value(), agreement.proposedAt().toString(),
                TermsDocument.json(agreement.terms()),
                agreement.signatures().values().stream().map(AgreementViews::signature).toList(),
                codes(agreement.unsignedAt(Instant.MAX).stream().toList()),
                agreement.inForceFrom().map(Instant::toString).orElse(null),
                suspended == null ? null : new Suspension(suspended.by().value(), suspended.reason(),
                        suspended.at().toString()),
                all.stream().map(a -> a.ref().version()).toList());
    }

    static Eligibility eligibility(EligibilityOutcome outcome) {
        return switch (outcome) {
            case EligibilityOutcome.Allowed allowed -> new Eligibility(true, allowed.agreement().id().value(),
                    allowed.agreement().version(), List.of());
            case EligibilityOutcome.NotAllowed refused -> new Eligibility(false, null, null,
                    refused.reasons().stream().map(AgreementViews::refusal).toList());
        };
    }

    static Timeline timeline(AgreementTimeline timeline, AgreementStatus status) {
        return new Timeline(timeline.agreement().id().value(), timeline.agreement().version(), timeline.title(),
                status(status), timeline.used(), timeline.steps().stream().map(step -> new Step(
                        step.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), step.at().toString(),
                        step.party() == null ? null : step.party().value(), step.detail())).toList());
    }

    static String status(AgreementStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Signature signature(AgreementSignature signature) {
        return new Signature(signature.party().value(), signature.keyId().hex(), signature.signedAt().toString(),
                Base64.getEncoder().encodeToString(signature.signature()));
    }

    private static Refusal refusal(Reason reason) {
        return new Refusal(reason.agreement() == null ? null : reason.agreement().id().value(),
                reason.agreement() == null ? null : reason.agreement().version(), reason.code().name(),
                reason.detail());
    }

    private static List<String> codes(List<PartyCode> codes) {
        return codes.stream().map(PartyCode::value).toList();
    }
}
