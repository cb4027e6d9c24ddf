package org.crossings.server.journal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.KeyId;

/**
 * The public part of one log entry: what happened, when, about what, where and which way, who did it (the acting
 * party and its key), which agreement allowed it, the parts of its private payload (each with its salted digest and
 * the parties it goes to), and the acting party's signature. It holds no personal data, so every party may read every
 * envelope; each payload part goes only to its recipients, who check it against {@code digest = SHA-256(salt ||
 * part)}. Because the envelope names the recipients of every part, a party can prove that data meant for it was
 * withheld.
 *
 * <p>Version 1 envelopes (the log's first entries) have one payload, {@code payloadDigest} and {@code recipients}; they
 * read as one part named {@value #WHOLE}, and write back to the very bytes they were signed as. New envelopes are
 * version 2, with {@code parts}.
 *
 * @param actor     the acting party, which signed it
 * @param facts     the public facts its feature supplied (where, which way, category, agreement, coded reason), which
 *     the journal writes and reads without interpreting them; {@link EnvelopeFormat} says which each version holds
 * @param parts     the payload's parts by name, at least one
 * @param signature Ed25519 by the actor's key over {@link EnvelopeJson#signedBytes(Envelope)}; empty before signing
 */
public record Envelope(
        int version,
        EventType type,
        Instant time,
        Subject subject,
        Signatory actor,
        KeyId key,
        PublicFacts facts,
        List<Part> parts,
        byte[] signature) {

    /** The name of a version 1 envelope's one payload. */
    public static final String WHOLE = "payload";

    /** One part of the payload: its name, who receives it, and its salted digest. */
    public record Part(String name, SortedSet<Signatory> recipients, Hash digest) {

        public Part {
            Event.Part.requireName(name);
            Objects.requireNonNull(digest, "payload part " + name + ": digest");
            recipients = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(recipients));
            if (recipients.isEmpty()) {
                throw new IllegalArgumentException("payload part " + name + ": at least one party must receive it");
            }
        }
    }

    public Envelope {
        if (version != 1 && version != 2) {
            throw new IllegalArgumentException("envelope version " + version + " must be 1 or 2");
        }
        Objects.requireNonNull(type, "envelope type");
        Objects.requireNonNull(time, "envelope time");
        Objects.requireNonNull(subject, "envelope subject");
        Objects.requireNonNull(actor, "envelope actor");
        Objects.requireNonNull(key, "envelope key");
        facts = Objects.requireNonNullElse(facts, PublicFacts.none());
        EnvelopeFormat.requireFacts(version, facts);
        parts = parts.stream().sorted(java.util.Comparator.comparing(Part::name)).toList();
        requireParts(version, parts);
        time = Instant.ofEpochMilli(time.toEpochMilli()); // milliseconds, so the text form round-trips exactly
        signature = signature == null ? new byte[0] : signature.clone();
    }

    /** A version 1 envelope: one payload, its digest and its recipients. */
    public Envelope(EventType type, Instant time, Subject subject, Signatory actor, KeyId key, PublicFacts facts,
            SortedSet<Signatory> recipients, Hash payloadDigest, byte[] signature) {
        this(1, type, time, subject, actor, key, facts, List.of(new Part(WHOLE, recipients, payloadDigest)),
                signature);
    }

    private static void requireParts(int version, List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("envelope parts: at least one payload part is required");
        }
        if (version == 1 && (parts.size() != 1 || !parts.getFirst().name().equals(WHOLE))) {
            throw new IllegalArgumentException("envelope version 1 has one payload, not parts " + parts);
        }
        if (parts.stream().map(Part::name).distinct().count() != parts.size()) {
            throw new IllegalArgumentException("envelope parts: a part name is used twice");
        }
    }

    /** Every party that receives some part of the payload. */
    public SortedSet<Signatory> recipients() {
        TreeSet<Signatory> all = new TreeSet<>();
        parts.forEach(part -> all.addAll(part.recipients()));
        return java.util.Collections.unmodifiableSortedSet(all);
    }

    /** The parts that {@code party} receives (all of them, for a part that goes to everyone). */
    public List<Part> partsFor(Signatory party) {
        return parts.stream().filter(part -> part.recipients().contains(party)
                || part.recipients().contains(Signatory.EVERYONE)).toList();
    }

    /** The text fact of this name, if the envelope holds one. */
    public Optional<String> text(String name) {
        return facts.text(name);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public boolean isSigned() {
        return signature.length > 0;
    }

    public Envelope signedWith(byte[] signature) {
        return new Envelope(version, type, time, subject, actor, key, facts, parts, signature);
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
