package org.crossings.server.agreement;

import org.crossings.server.journal.CanonicalJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crossings.server.agreement.AgreementEvent.AgreementProposed;
import org.crossings.server.agreement.AgreementEvent.AgreementSigned;
import org.crossings.server.agreement.AgreementEvent.AgreementSuspended;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.PartyKeys;
import org.crossings.server.party.SignatureCheck;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One version of a jointly signed agreement: the aggregate root of this package.
 *
 * <p><b>Life cycle.</b> A party <i>proposes</i> terms ({@link #propose}); each party <i>signs</i> them with its own
 * key ({@link #sign}), an Ed25519 signature over {@link #signedBytes()}; once every party has signed
 * <i>and</i> its window has begun the agreement is <i>in force</i> and allows crossings; it ends when a party that
 * the terms name <i>suspends</i> it with a reason ({@link #suspend}), or when its window has passed (<i>expired</i>).
 * Signed terms never change: amending them proposes a new version ({@link #amend}), which replaces the old one once
 * every party has signed it; until then the old version stays as it was.
 *
 * <p>Commands ({@code propose}, {@code sign}, {@code suspend}, {@code amend}) check the rules and return an event,
 * or throw {@link AgreementRefused} naming what is wrong; {@link #apply} turns an event into the next state. A log
 * replays the events with {@link #replay} to rebuild the same agreement. Every event keeps its instant, so the
 * agreement answers for any instant what it was then ({@link #status}).
 *
 * @param signatures the parties' signatures, in the order they were made
 * @param suspension the suspension, or {@code null} while it has not been suspended
 */
public record Agreement(AgreementRef ref, Terms terms, PartyCode proposer, Instant proposedAt,
                        Map<PartyCode, AgreementSignature> signatures, AgreementSuspended suspension) {

    public Agreement {
        Objects.requireNonNull(ref, "agreement");
        Objects.requireNonNull(terms, ref + ": terms");
        Objects.requireNonNull(proposer, ref + ": proposer");
        Objects.requireNonNull(proposedAt, ref + ": proposedAt");
        signatures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(signatures));
    }

    /** A party proposes terms as version 1 of a new agreement. */
    public static AgreementProposed propose(AgreementId id, Terms terms, PartyCode proposer, Instant at) {
        return proposal(new AgreementRef(id, 1), terms, proposer, at);
    }

    /** The agreement as it stands after its first event. */
    public static Agreement proposed(AgreementProposed event) {
        return new Agreement(event.agreement(), event.terms(), event.proposer(), event.at(), Map.of(), null);
    }

    /** Rebuilds one version of an agreement from its events, the first of which proposes it. */
    public static Agreement replay(List<? extends AgreementEvent> events) {
        if (events.isEmpty() || !(events.getFirst() instanceof AgreementProposed first)) {
            throw new IllegalArgumentException("the events of an agreement must begin with its proposal");
        }
        Agreement agreement = proposed(first);
        for (AgreementEvent event : events.subList(1, events.size())) {
            agreement = agreement.apply(event);
        }
        return agreement;
    }

    /** Checks a party's signature over these terms against its keyring, and returns the event that records it. */
    public AgreementSigned sign(AgreementSignature signature, PartyKeys keys) {
        requireSignable(signature);
        if (!keys.party().equals(signature.party())) {
            throw refused("the keyring is of party " + keys.party() + ", not of the signer " + signature.party());
        }
        SignatureCheck check = keys.check(signedBytes(), signature.keyId(), signature.signedAt(),
                signature.signature());
        if (check != SignatureCheck.VALID) {
            throw refused("signature of " + signature.party() + " with key " + signature.keyId() + " at "
                    + signature.signedAt() + " is refused: " + check.description());
        }
        return new AgreementSigned(ref, signature);
    }

    /** A party that the terms allow suspends the agreement; only a fully signed agreement can be suspended. */
    public AgreementSuspended suspend(PartyCode by, String reason, Instant at) {
        AgreementSuspended event = new AgreementSuspended(ref, by, reason, at);
        requireSuspendable(event);
        return event;
    }

    /** A party proposes new terms for this agreement: the next version, to be signed anew by every party. */
    public AgreementProposed amend(Terms amended, PartyCode by, Instant at) {
        return proposal(new AgreementRef(ref.id(), ref.version() + 1), amended, by, at);
    }

    /** The state after {@code event}, which must have been made by a command on this state. */
    public Agreement apply(AgreementEvent event) {
        if (!event.agreement().equals(ref)) {
            throw refused("event of " + event.agreement() + " does not belong to this agreement");
        }
        return switch (event) {
            case AgreementProposed proposed -> throw refused("is already proposed");
            case AgreementSigned signed -> withSignature(signed.signature());
            case AgreementSuspended suspended -> {
                requireSuspendable(suspended);
                yield new Agreement(ref, terms, proposer, proposedAt, signatures, suspended);
            }
        };
    }

    /**
     * The bytes every party signs: the canonical JSON (RFC 8785) of {@code {"agreement": id, "version": n,
     * "terms": {...}}}. Naming the agreement and version keeps a signature from being replayed onto another
     * agreement or version with the same terms.
     */
    public byte[] signedBytes() {
        ObjectNode statement = JsonNodeFactory.instance.objectNode();
        statement.put("agreement", ref.id().value());
        statement.put("version", ref.version());
        statement.set("terms", TermsJson.write(terms));
        return CanonicalJson.bytes(statement);
    }

    /** The parties that have not signed by {@code at}, in code order. */
    public Set<PartyCode> unsignedAt(Instant at) {
        Set<PartyCode> unsigned = new TreeSet<>(terms.partyCodes());
        signatures.values().stream().filter(s -> !s.signedAt().isAfter(at)).forEach(s -> unsigned.remove(s.party()));
        return unsigned;
    }

    /** The instant the last party signed, once every party has. */
    public Optional<Instant> fullySignedAt() {
        if (signatures.size() < terms.parties().size()) {
            return Optional.empty();
        }
        return signatures.values().stream().map(AgreementSignature::signedAt).max(Instant::compareTo);
    }

    /**
     * The first instant the agreement is in force, once every party has signed: the last signature, or the start of
     * its window at the first of its posts, whichever is later (see {@link #status}).
     */
    public Optional<Instant> inForceFrom() {
        Instant begins = terms.ways().stream().map(way -> terms.window().start(way.zone()))
                .min(Instant::compareTo).orElseThrow();
        return fullySignedAt().map(signed -> signed.isAfter(begins) ? signed : begins);
    }

    public Optional<AgreementSuspended> suspended() {
        return Optional.ofNullable(suspension);
    }

    /** Where the agreement stood at {@code at}, from the instants of its events and its window at each post. */
    public AgreementStatus status(Instant at) {
        if (suspension != null && !suspension.at().isAfter(at)) {
            return AgreementStatus.SUSPENDED;
        }
        if (!unsignedAt(at).isEmpty()) {
            return AgreementStatus.PROPOSED;
        }
        List<Way> ways = terms.ways();
        if (ways.stream().allMatch(way -> at.isBefore(terms.window().start(way.zone())))) {
            return AgreementStatus.SIGNED;
        }
        boolean ended = ways.stream().allMatch(way -> terms.window().end(way.zone()).map(end -> !at.isBefore(end))
                .orElse(false));
        return ended ? AgreementStatus.EXPIRED : AgreementStatus.IN_FORCE;
    }

    private static AgreementProposed proposal(AgreementRef ref, Terms terms, PartyCode proposer, Instant at) {
        if (!terms.partyCodes().contains(proposer)) {
            throw new AgreementRefused(ref, "proposer " + proposer + " is not one of its parties "
                    + terms.partyCodes());
        }
        return new AgreementProposed(ref, terms, proposer, at);
    }

    private Agreement withSignature(AgreementSignature signature) {
        requireSignable(signature);
        Map<PartyCode, AgreementSignature> signed = new LinkedHashMap<>(signatures);
        signed.put(signature.party(), signature);
        return new Agreement(ref, terms, proposer, proposedAt, signed, suspension);
    }

    private void requireSignable(AgreementSignature signature) {
        PartyCode party = signature.party();
        if (!terms.partyCodes().contains(party)) {
            throw refused(party + " is not a party to it; its parties are " + terms.partyCodes());
        }
        if (signatures.containsKey(party)) {
            throw refused(party + " has already signed it at " + signatures.get(party).signedAt());
        }
        if (suspension != null) {
            throw refused("it was suspended at " + suspension.at() + "; it can no longer be signed");
        }
        if (signature.signedAt().isBefore(proposedAt)) {
            throw refused("signature of " + party + " at " + signature.signedAt()
                    + " is before the proposal at " + proposedAt);
        }
    }

    private void requireSuspendable(AgreementSuspended event) {
        if (!terms.mayBeSuspendedBy(event.by())) {
            throw refused(event.by() + " may not suspend it; its terms allow " + terms.suspendableBy());
        }
        if (suspension != null) {
            throw refused("it was already suspended by " + suspension.by() + " at " + suspension.at());
        }
        if (fullySignedAt().map(signed -> signed.isAfter(event.at())).orElse(true)) {
            throw refused("it is not signed by every party at " + event.at() + "; only a signed agreement is suspended");
        }
    }

    private AgreementRefused refused(String reason) {
        return new AgreementRefused(ref, reason);
    }
}
