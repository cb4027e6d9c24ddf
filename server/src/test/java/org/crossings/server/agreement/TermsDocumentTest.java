package org.crossings.server.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crossings.server.place.Direction;
import org.junit.jupiter.api.Test;

class TermsDocumentTest {

    private static final DemoWorld WORLD = DemoWorld.load();

    private static final String MARCH_2025 = """
            {"title": "Humanitarian aid to Syria through Türkiye",
             "parties": ["ARM", "TUR"],
             "crossingPoints": ["MARGARA-ALICAN"],
             "directions": [{"from": "AM-MARGARA", "to": "TR-ALICAN"}],
             "goods": {"categories": ["humanitarian-aid"], "humanitarianOnly": true, "vehicles": ["truck"]},
             "window": {"from": "2025-03-21", "until": "2025-03-31"},
             "hours": {"from": "09:00", "until": "18:00"},
             "fees": [{"per": "consignment", "amount": "0.00", "currency": "EUR"}],
             "disclosure": [{"to": "EU", "data": ["statistics"]}],
             "suspendableBy": ["ARM", "TUR"]}
            """;

    private static Terms parse(String json) {
        return TermsDocument.parse(json, WORLD.parties(), WORLD.places());
    }

    private static List<String> errors(String json) {
        return catchThrowableOfType(TermsException.class, () -> parse(json)).errors();
    }

    @Test
    void a_valid_document_gives_terms_with_its_ways_resolved_to_posts() {
        Terms terms = parse(MARCH_2025);
        assertThat(terms.partyCodes()).extracting(Object::toString).containsExactly("ARM", "TUR");
        assertThat(terms.ways()).singleElement().satisfies(way -> {
            assertThat(way.direction()).isEqualTo(Direction.of("AM-MARGARA", "TR-ALICAN"));
            assertThat(way.zone().getId()).isEqualTo("Asia/Yerevan");
        });
        assertThat(terms.goods().humanitarianOnly()).isTrue();
    }

    @Test
    void the_canonical_form_reads_back_as_the_same_terms() {
        Terms terms = parse(MARCH_2025);
        String canonical = new String(TermsDocument.canonical(terms), StandardCharsets.UTF_8);
        assertThat(parse(canonical)).isEqualTo(terms);
        assertThat(TermsDocument.canonical(parse(TermsDocument.pretty(terms)))).isEqualTo(TermsDocument.canonical(terms));
    }

    @Test
    void an_unknown_party_is_named_with_its_index() {
        assertThat(errors(MARCH_2025.replace("[\"ARM\", \"TUR\"]", "[\"ARM\", \"TUR\", \"XYZ\"]")))
                .containsExactly("parties[2] \"XYZ\" is not a known party");
    }

    @Test
    void a_window_that_ends_before_it_begins_names_both_dates() {
        assertThat(errors(MARCH_2025.replace("\"2025-03-31\"", "\"2025-03-20\"")))
                .containsExactly("window.until \"2025-03-20\" is before window.from \"2025-03-21\"");
    }

    @Test
    void every_bad_field_is_reported_at_once_with_its_path_and_value() {
        String json = MARCH_2025.replace("\"2025-03-21\"", "\"2025-02-30\"").replace("\"EUR\"", "\"EURO\"")
                .replace("\"truck\"", "\"lorry\"").replace("\"09:00\"", "\"9 am\"");
        assertThat(errors(json)).containsExactlyInAnyOrder(
                "goods.vehicles[0] \"lorry\" is not a vehicle; expected one of [truck, van, car, bus, train]",
                "window.from \"2025-02-30\" is not a date (yyyy-mm-dd)",
                "hours.from \"9 am\" is not a time of day (hh:mm or hh:mm:ss)",
                "fees[0].currency \"EURO\" is not an ISO 4217 currency code (three capital letters, such as \"EUR\")");
    }

    @Test
    void a_misspelt_field_is_refused_not_ignored() {
        assertThat(errors(MARCH_2025.replace("\"suspendableBy\"", "\"suspendedBy\"")))
                .singleElement().asString().startsWith("suspendedBy is not a field of the terms");
    }

    @Test
    void travellers_name_bad_nationality_classes_and_document_codes() {
        String json = MARCH_2025.replace("\"goods\"", "\"travellers\": {\"nationalities\": [\"citizen of XYZ\","
                + " \"third country\"], \"documents\": [\"PD\", \"X\"]}, \"goods\"");
        assertThat(errors(json)).containsExactly(
                "travellers.nationalities[0] \"citizen of XYZ\" names no ISO 3166-1 alpha-3 country",
                "travellers.nationalities[1]: \"third country\" is not a nationality class; expected \"any\","
                        + " \"not a citizen of any party\" or \"citizen of\" and an ISO 3166-1 alpha-3 code",
                "travellers.documents[1]: document code \"X\" must be an ICAO 9303 document code: A, C, I, P or V,"
                        + " then at most one more letter");
    }

    @Test
    void a_direction_that_does_not_cross_the_crossing_point_is_refused() {
        String json = MARCH_2025.replace("\"TR-ALICAN\"", "\"TR-DOGUKAPI\"");
        assertThat(errors(json)).containsExactly("directions[0] \"AM-MARGARA to TR-DOGUKAPI\" does not cross any of"
                + " [MARGARA-ALICAN]");
    }

    @Test
    void a_crossing_point_whose_posts_belong_to_a_non_party_is_refused() {
        String json = MARCH_2025.replace("\"parties\": [\"ARM\", \"TUR\"]", "\"parties\": [\"ARM\", \"AZE\"]");
        assertThat(errors(json)).containsExactly(
                "crossingPoints[0] \"MARGARA-ALICAN\" runs through posts of \"TUR\", which is not one of the parties"
                        + " [ARM, AZE]",
                "suspendableBy[1] \"TUR\" is not a party to the terms");
    }

    @Test
    void an_observer_cannot_be_a_party_and_the_front_office_must_be_the_operator() {
        String json = MARCH_2025.replace("[\"ARM\", \"TUR\"]", "[\"ARM\", \"TUR\", \"EU\"]")
                .replace("\"suspendableBy\"", "\"frontOffice\": \"USA\", \"suspendableBy\"");
        assertThat(errors(json)).containsExactly("parties[2] \"EU\" is an observer and cannot be a party",
                "frontOffice \"USA\" is a OBSERVER, not the operator");
    }

    @Test
    void terms_that_allow_neither_travellers_nor_goods_are_refused() {
        String json = MARCH_2025.replace("\"goods\": {\"categories\": [\"humanitarian-aid\"], \"humanitarianOnly\":"
                + " true, \"vehicles\": [\"truck\"]},", "");
        assertThat(errors(json)).containsExactly("travellers and goods are both missing; the terms must allow one of them");
    }

    @Test
    void missing_required_fields_are_named() {
        assertThat(errors("{\"title\": \"t\", \"parties\": [\"ARM\", \"TUR\"], \"crossingPoints\": [\"MARGARA-ALICAN\"],"
                + " \"goods\": {\"categories\": [\"food\"]}}"))
                .containsExactly("directions is missing", "goods.humanitarianOnly is missing", "window is missing");
    }

    @Test
    void a_document_that_is_not_json_or_repeats_a_field_is_refused() {
        assertThat(errors("{\"title\": ")).singleElement().asString().startsWith("the terms are not valid JSON");
        assertThat(errors("{\"title\": \"a\", \"title\": \"b\"}")).singleElement().asString()
                .contains("Duplicate Object property \"title\"");
    }

    @Test
    void proposed_terms_are_within_todays_bounds_of_days_and_amounts() {
        String json = MARCH_2025.replace("\"2025-03-21\"", "\"1999-03-21\"").replace("\"2025-03-31\"", "\"+10000-01-01\"")
                .replace("\"0.00\"", "\"1e3\"");
        assertThat(proposalErrors(json)).containsExactly(
                "window.from \"1999-03-21\" is not from 2000-01-01 to 2199-12-31",
                "window.until \"+10000-01-01\" is not a day in ISO 8601 form, such as \"2025-03-21\"",
                "fees[0].amount \"1e3\" is not a plain decimal amount such as \"5.00\": at most 12 digits, a point and"
                        + " at most 2 decimals for EUR; no sign, exponent, spaces or leading zeros");
    }

    @Test
    void a_proposed_amount_with_fewer_decimals_is_signed_in_its_currencys_minor_units() {
        Terms terms = TermsDocument.parseProposal(MARCH_2025.replace("\"0.00\"", "\"5\""), WORLD.parties(),
                WORLD.places());
        assertThat(new String(TermsDocument.canonical(terms), StandardCharsets.UTF_8))
                .contains("\"amount\":\"5.00\"");
    }

    @Test
    void terms_signed_before_the_bounds_are_still_read_as_they_were_signed() {
        String signed = MARCH_2025.replace("\"2025-03-21\"", "\"1999-03-21\"").replace("\"2025-03-31\"", "\"2999-12-31\"")
                .replace("\"0.00\"", "\"12345678901234567890.00\"");
        Terms terms = parse(signed);
        assertThat(terms.window().from()).hasYear(1999);
        assertThat(new String(TermsDocument.canonical(terms), StandardCharsets.UTF_8))
                .contains("\"amount\":\"12345678901234567890.00\"", "\"until\":\"2999-12-31\"");
    }

    @Test
    void a_document_with_a_thousand_errors_lists_twenty_and_counts_the_rest() {
        String parties = "[\"ARM\", \"TUR\"" + ", \"XYZ\"".repeat(1000) + "]";
        List<String> errors = errors(MARCH_2025.replace("[\"ARM\", \"TUR\"]", parties));
        assertThat(errors).hasSize(21).last().isEqualTo("the terms have 980 more errors, not listed");
    }

    private static List<String> proposalErrors(String json) {
        return catchThrowableOfType(TermsException.class,
                () -> TermsDocument.parseProposal(json, WORLD.parties(), WORLD.places())).errors();
    }
}
