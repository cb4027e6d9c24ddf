package org.crossings.server.agreement.http;

import static org.crossings.server.agreement.http.AgreementRequests.required;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossings.server.agreement.Agreement;
import org.crossings.server.http.Caller;
import org.crossings.server.http.Forbidden;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.application.AmendAgreement;
import org.crossings.server.agreement.application.AmendingAgreement;
import org.crossings.server.agreement.application.ProposeAgreement;
import org.crossings.server.agreement.application.ProposingAgreement;
import org.crossings.server.agreement.application.SignAgreement;
import org.crossings.server.agreement.application.SigningAgreement;
import org.crossings.server.agreement.application.SuspendAgreement;
import org.crossings.server.agreement.application.SuspendingAgreement;
import org.crossings.server.party.PartyCode;
import org.crossings.server.value.Excerpt;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agreements over HTTP: read them, propose, amend, sign and suspend them. Each change is one use case; the party
 * that acts is decided in one place, {@link #actingParty}.
 */
@RestController
@RequestMapping(path = "/api/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
class AgreementRoutes {

    private final Agreements agreements;
    private final ProposingAgreement proposing;
    private final AmendingAgreement amending;
    private final SigningAgreement signing;
    private final SuspendingAgreement suspending;
    private final Clock clock;

    AgreementRoutes(Agreements agreements, ProposingAgreement proposing, AmendingAgreement amending,
            SigningAgreement signing, SuspendingAgreement suspending, Clock clock) {
        this.agreements = agreements;
        this.proposing = proposing;
        this.amending = amending;
        this.signing = signing;
        this.suspending = suspending;
        this.clock = clock;
    }

    @GetMapping
    List<AgreementViews.Summary> all() {
        Map<AgreementId, Agreement> latest = new LinkedHashMap<>();
        agreements.all().forEach(version -> latest.put(version.ref().id(), version)); // by id, then version
        return latest.values().stream().map(a -> AgreementViews.summary(a, clock.instant())).toList();
    }

    @GetMapping("/{id}")
    AgreementViews.Version latest(@PathVariable String id) {
        return view(agreements.requireLatest(AgreementId.of(id)));
    }

    @GetMapping("/{id}/versions/{version}")
    AgreementViews.Version version(@PathVariable String id, @PathVariable int version) {
        return view(agreements.require(new AgreementRef(AgreementId.of(id), version)));
    }

    /** The exact bytes a party signs for a version (the latest if none is asked for): RFC 8785 canonical JSON. */
    @GetMapping(path = "/{id}/signed-bytes", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ResponseEntity<byte[]> signedBytes(@PathVariable String id, @RequestParam(required = false) Integer version) {
        AgreementId agreementId = AgreementId.of(id);
        Agreement agreement = version == null ? agreements.requireLatest(agreementId)
                : agreements.require(new AgreementRef(agreementId, version));
        return ResponseEntity.ok().header("Agreement-Version", String.valueOf(agreement.ref().version()))
                .body(agreement.signedBytes());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AgreementViews.Version> propose(Caller caller, @RequestBody AgreementRequests.Proposal body) {
        AgreementId id = AgreementId.of(required(body.id(), "id"));
        AgreementRef ref = proposing.propose(new ProposeAgreement(actingParty(caller, body.proposer(), "proposer"), id,
                AgreementRequests.terms(body.terms())));
        return created(ref);
    }

    @PostMapping(path = "/{id}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AgreementViews.Version> amend(Caller caller, @PathVariable String id,
            @RequestBody AgreementRequests.Amendment body) {
        AgreementRef ref = amending.amend(new AmendAgreement(actingParty(caller, body.party(), "party"), AgreementId.of(id),
                AgreementRequests.terms(body.terms())));
        return created(ref);
    }

    @PostMapping(path = "/{id}/versions/{version}/signatures", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AgreementViews.Version> sign(Caller caller, @PathVariable String id, @PathVariable int version,
            @RequestBody AgreementRequests.Signature body) {
        AgreementRef ref = new AgreementRef(AgreementId.of(id), version);
        PartyCode party = actingParty(caller, body.party(), "party");
        Agreement signed = body.byNode() ? signing.signWithNodeKey(ref, party)
                : signing.sign(new SignAgreement(ref, party, body.key(), body.bytes()));
        return ResponseEntity.created(location(ref)).body(view(signed));
    }

    @PostMapping(path = "/{id}/suspension", consumes = MediaType.APPLICATION_JSON_VALUE)
    AgreementViews.Version suspend(Caller caller, @PathVariable String id, @RequestBody AgreementRequests.Suspension body) {
        return view(suspending.suspend(new SuspendAgreement(AgreementId.of(id), actingParty(caller, body.party(), "party"),
                body.reason())));
    }

    /**
     * The party on whose behalf a request acts: always the signed-in caller's own party. A body may name it (the API
     * reads better so), but a body naming another party is refused: no one acts for another party.
     */
    private static PartyCode actingParty(Caller caller, String claimed, String field) {
        if (claimed != null && !AgreementRequests.party(claimed, field).equals(caller.party())) {
            throw new Forbidden(field + " " + Excerpt.of(claimed) + ": " + caller.username() + " acts for "
                    + caller.party() + " only");
        }
        return caller.party();
    }

    private ResponseEntity<AgreementViews.Version> created(AgreementRef ref) {
        return ResponseEntity.created(location(ref)).body(view(agreements.require(ref)));
    }

    private static URI location(AgreementRef ref) {
        return URI.create("/api/agreements/" + ref.id().value() + "/versions/" + ref.version());
    }

    private AgreementViews.Version view(Agreement agreement) {
        return AgreementViews.version(agreement, agreements.versions(agreement.ref().id()), clock.instant());
    }
}
