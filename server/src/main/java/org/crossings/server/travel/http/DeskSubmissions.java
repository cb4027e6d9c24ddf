package org.crossings.server.travel.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.crossings.server.travel.CaseReference;

/**
 * The intake forms this node's desk answered lately, by the random token each form carries: a form sent twice (a
 * double click, a reload after a slow answer) finds the case the first one made instead of taking the traveller in
 * twice; sent again while the first is still being answered, it waits for nothing and says so. Kept in memory for the
 * last 10,000 forms; after a restart a resent form is taken in anew.
 */
final class DeskSubmissions {

    private static final int KEPT = 10_000;
    private static final Optional<CaseReference> PENDING = Optional.empty();

    /** Per person and token: the case the form made, or {@link #PENDING} while it is being taken in. */
    private final Map<String, Optional<CaseReference>> forms = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<CaseReference>> eldest) {
            return size() > KEPT;
        }
    };

    /** What became of this form: never sent (now reserved: empty), being answered, or answered with a case. */
    sealed interface Sent {
        record First() implements Sent {
        }

        record Pending() implements Sent {
        }

        record Answered(CaseReference reference) implements Sent {
        }
    }

    synchronized Sent reserve(String person, String token) {
        if (token.isBlank()) {
            return new Sent.First();
        }
        Optional<CaseReference> known = forms.putIfAbsent(person + " " + token, PENDING);
        if (known == null) {
            return new Sent.First();
        }
        return known.<Sent>map(Sent.Answered::new).orElseGet(Sent.Pending::new);
    }

    synchronized void answered(String person, String token, CaseReference reference) {
        if (!token.isBlank()) {
            forms.put(person + " " + token, Optional.of(reference));
        }
    }

    /** The form was refused (bad input, not the front office...): sending it again, mended, is a new try. */
    synchronized void refused(String person, String token) {
        forms.remove(person + " " + token);
    }
}
