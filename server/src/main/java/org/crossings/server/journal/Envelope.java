package org.crossings.server.journal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.KeyId;

/**
 * The public part of one log entry: what happened, when, about what, where and which way, who did it (the acting
 * party and its key), who may read the payload, which agreement allowed it, the digest of the private payload, and the
 * acting party's signature. It holds no personal data, so every party may read every envelope; the payload itself
 * goes only to the recipients, who check it against {@code payloadDigest = SHA-256(salt || payload)}. Because the
 * envelope names the recipients, a party can prove that data meant for it was withheld.
 *
 * @param reason    the coded reason of a refusal ({@code A} to {@code I} of the published list, say): public, so that
 *     anyone holding the log can count refusals by reason
 * @param allowedBy the agreement that allowed this step, as the agreement feature writes its reference (the journal
 *     sits below the features and cannot name their types)
 * @param signature Ed25519 by the actor's key over {@link EnvelopeJson#signedBytes(Envelope)}; empty before signing
 */
public record Envelope(
        EventType type,
        Instant time,
        Subject subject,
        PartyCode actor,
        KeyId key,
        Optional<PassageId> passage,
        Optional<Direction> direction,
        Optional<String> category,
        SortedSet<PartyCode> recipients,
        Optional<String> allowedBy,
        Optional<String> reason,
        Hash payloadDigest,
        byte[] signature) {

    public Envelope {
        Objects.requireNonNull(type, "envelope type");
        Objects.requireNonNull(time, "envelope time");
        Objects.requireNonNull(subject, "envelope subject");
        Objects.requireNonNull(actor, "envelope actor");
        Objects.requireNonNull(key, "envelope key");
        Objects.requireNonNull(payloadDigest, "envelope payload digest");
        passage = Objects.requireNonNullElse(passage, Optional.empty());
        direction = Objects.requireNonNullElse(direction, Optional.empty());
        category = Objects.requireNonNullElse(category, Optional.empty());
        allowedBy = Objects.requireNonNullElse(allowedBy, Optional.empty());
        reason = Objects.requireNonNullElse(reason, Optional.empty());
        category.ifPresent(Envelope::requireCategory);
        reason.ifPresent(Envelope::requireReason);
        recipients = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(recipients));
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("envelope recipients: at least one party must receive the payload");
        }
        time = Instant.ofEpochMilli(time.toEpochMilli()); // milliseconds, so the text form round-trips exactly
        signature = signature == null ? new byte[0] : signature.clone();
    }

    private static void requireCategory(String category) {
        if (!category.matches("[a-z][a-z-]{0,31}")) {
            throw new IllegalArgumentException("envelope category \"" + category + "\" must be a lower-case word");
        }
    }

    private static void requireReason(String reason) {
        if (!reason.matches("[A-Za-z0-9][A-Za-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("envelope reason \"" + reason
                    + "\" must be a code of letters, digits and hyphens");
        }
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public boolean isSigned() {
        return signature.length > 0;
    }

    public Envelope signedWith(byte[] signature) {
        return new Envelope(type, time, subject, actor, key, passage, direction, category, recipients, allowedBy,
                reason, payloadDigest, signature);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Envelope that && Arrays.equals(EnvelopeJson.bytes(this), EnvelopeJson.bytes(that));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(EnvelopeJson.bytes(this));
    }
}
