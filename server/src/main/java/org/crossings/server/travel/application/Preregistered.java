package org.crossings.server.travel.application;

import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.travel.TravellerCase;

/**
 * A pre-registration's answer: its case, whether this submission made it (or found the one an identical submission
 * made before), and whether an agreement would allow the crossing on the travel day as the agreements stand now.
 */
public record Preregistered(TravellerCase travellerCase, boolean created, EligibilityOutcome preview) {
}
