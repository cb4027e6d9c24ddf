package org.crossings.server.agreement.application;

/** Test fixture: terms documents on the demo world's places. */
public final class SampleTerms {

    private SampleTerms() {
    }

    /**
     * German citizens travelling on a service passport ({@code PS}) may cross at Margara–Alican both ways, from 2024
     * on; ARM and TUR sign it and either may suspend it. No demo agreement opens Margara for service passports, so
     * only this one can allow that crossing.
     */
    public static String germansAtMargara() {
        return forCitizensOf("DEU", "PS");
    }

    /**
     * The same terms for another nationality and document: tests sharing one server's database use their own, so
     * that one test's agreements do not allow another's crossings.
     */
    public static String forCitizensOf(String country, String document) {
        return """
                {"title": "%s passports (%s) at Margara-Alican",
                 "parties": ["ARM", "TUR"],
                 "crossingPoints": ["MARGARA-ALICAN"],
                 "directions": [{"from": "AM-MARGARA", "to": "TR-ALICAN"}, {"from": "TR-ALICAN", "to": "AM-MARGARA"}],
                 "travellers": {"nationalities": ["citizen of %s"], "documents": ["%s"]},
                 "window": {"from": "2024-01-01"},
                 "fees": [],
                 "disclosure": [{"to": "EU", "data": ["statistics"]}],
                 "suspendableBy": ["ARM", "TUR"]}
                """.formatted(country, document, country, document);
    }

    /** The same terms, but the window ends before it starts and a party is unknown. */
    public static String badTerms() {
        return germansAtMargara().replace("\"window\": {\"from\": \"2024-01-01\"}",
                "\"window\": {\"from\": \"2024-01-01\", \"until\": \"2023-12-31\"}")
                .replace("[\"ARM\", \"TUR\"],\n \"crossingPoints\"", "[\"ARM\", \"XYZ\"],\n \"crossingPoints\"");
    }
}
