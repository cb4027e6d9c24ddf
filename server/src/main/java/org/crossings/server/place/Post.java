package org.crossings.server.place;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.crossings.server.party.PartyCode;

/**
 * A border post or customs office of one party, where that party's officers check crossings on its territory.
 *
 * <p>Its code is its UN/LOCODE when it has one; a post without one (Margara) has a local code. Its time zone is the
 * one in which its opening hours, and the windows of the agreements checked at it, are read.
 *
 * @param unLocode the post's UN/LOCODE, or {@code null} when it has none
 */
public record Post(PostCode code, PartyCode party, String name, UnLocode unLocode, ZoneId zone, OpeningHours hours) {

    public Post {
        Objects.requireNonNull(code, "post code");
        Objects.requireNonNull(party, "post " + code + ": party");
        Objects.requireNonNull(zone, "post " + code + ": time zone");
        Objects.requireNonNull(hours, "post " + code + ": opening hours");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("post " + code + ": name \"" + name + "\" must not be blank");
        }
        if (unLocode != null && !code.value().equals(unLocode.value())) {
            throw new IllegalArgumentException("post " + code + ": a post with UN/LOCODE \"" + unLocode
                    + "\" must use it as its code");
        }
        if (unLocode == null && code.isUnLocode()) {
            throw new IllegalArgumentException("post " + code + ": code \"" + code
                    + "\" has the form of a UN/LOCODE, so it must be given as the post's UN/LOCODE");
        }
        if (party.isCountry() && !party.value().equals(code.country().alpha3())) {
            throw new IllegalArgumentException("post " + code + ": country \"" + code.country()
                    + "\" of the code is not that of its party \"" + party + "\"");
        }
    }

    public Optional<UnLocode> locode() {
        return Optional.ofNullable(unLocode);
    }
}
