package org.crossings.server.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.crossings.server.party.CountryCode;
import org.crossings.server.party.PartyCode;
import org.junit.jupiter.api.Test;

class PlaceValuesTest {

    private static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");

    @Test
    void a_un_locode_is_a_country_and_three_characters_from_a_to_z_and_2_to_9() {
        assertThat(UnLocode.of("TRIST").country()).isEqualTo(CountryCode.of("TUR"));
        assertThat(UnLocode.of("DEHA2").value()).isEqualTo("DEHA2");
    }

    @Test
    void a_malformed_un_locode_is_refused_naming_it() {
        assertThatThrownBy(() -> UnLocode.of("TRIS1")).hasMessageStartingWith("UN/LOCODE \"TRIS1\"");
        assertThatThrownBy(() -> UnLocode.of("TR IST")).hasMessageStartingWith("UN/LOCODE \"TR IST\"");
        assertThatThrownBy(() -> UnLocode.of("trist")).hasMessageStartingWith("UN/LOCODE \"trist\"");
        assertThatThrownBy(() -> UnLocode.of("XXABC"))
                .hasMessage("UN/LOCODE \"XXABC\": country \"XX\" is not an ISO 3166-1 alpha-2 code");
    }

    @Test
    void a_post_code_is_a_un_locode_or_a_hyphenated_local_code() {
        assertThat(PostCode.of("TRIST").isUnLocode()).isTrue();
        assertThat(PostCode.of("AM-MARGARA").isUnLocode()).isFalse();
        assertThat(PostCode.of("AM-SYUNIK-EAST").country()).isEqualTo(CountryCode.of("ARM"));
        assertThatThrownBy(() -> PostCode.of("ZZ-MARGARA")).hasMessageContaining("\"ZZ-MARGARA\"");
        assertThatThrownBy(() -> PostCode.of("AM_MARGARA")).hasMessageContaining("\"AM_MARGARA\"");
    }

    @Test
    void a_post_without_un_locode_keeps_its_local_code_and_its_code_country_is_its_party() {
        Post margara = post("AM-MARGARA", "ARM");
        assertThat(margara.locode()).isEmpty();
        assertThatThrownBy(() -> post("TR-ALICAN", "ARM"))
                .hasMessage("post TR-ALICAN: country \"TUR\" of the code is not that of its party \"ARM\"");
    }

    @Test
    void a_post_with_a_un_locode_must_use_it_as_its_code() {
        assertThatThrownBy(() -> new Post(PostCode.of("TR-ISTANBUL"), PartyCode.of("TUR"), "Istanbul",
                UnLocode.of("TRIST"), ZoneId.of("Europe/Istanbul"), OpeningHours.always()))
                .hasMessageContaining("UN/LOCODE \"TRIST\" must use it as its code");
    }

    @Test
    void opening_hours_admit_the_last_second_before_closing_and_not_the_closing_time() {
        OpeningHours hours = new OpeningHours(Map.of(java.time.DayOfWeek.MONDAY, Hours.of("09:00", "18:00")));
        assertThat(hours.isOpen(LocalDateTime.parse("2025-03-24T17:59:59"))).isTrue();
        assertThat(hours.isOpen(LocalDateTime.parse("2025-03-24T18:00:00"))).isFalse();
        assertThat(hours.isOpen(LocalDateTime.parse("2025-03-25T12:00:00"))).isFalse();
        assertThatThrownBy(() -> new Hours(LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .hasMessage("hours until \"09:00\" is not after hours from \"18:00\"");
    }

    @Test
    void a_crossing_point_joins_two_posts_of_two_parties_and_is_crossed_both_ways() {
        Post margara = post("AM-MARGARA", "ARM");
        Post alican = new Post(PostCode.of("TR-ALICAN"), PartyCode.of("TUR"), "Alican", null,
                ZoneId.of("Europe/Istanbul"), OpeningHours.always());
        CrossingPoint point = new CrossingPoint(CrossingPointId.of("MARGARA-ALICAN"), margara, alican, Mode.ROAD);
        Direction out = point.from(margara.code());
        assertThat(out).isEqualTo(Direction.of("AM-MARGARA", "TR-ALICAN"));
        assertThat(point.departure(out.reversed())).isEqualTo(alican);
        assertThatThrownBy(() -> new CrossingPoint(CrossingPointId.of("X-Y"), margara, post("AM-AKHURIK", "ARM"),
                Mode.RAIL)).hasMessageContaining("both belong to party \"ARM\"");
    }

    @Test
    void a_route_is_travelled_from_its_first_office_to_its_last_or_back() {
        Route route = new Route(RouteId.of("SYUNIK"), "Syunik", List.of(post("AZ-AGHBAND", "AZE"),
                post("AM-SYUNIK-EAST", "ARM"), post("AZ-ORDUBAD", "AZE")), Mode.ROAD);
        assertThat(route.directions()).containsExactly(Direction.of("AZ-AGHBAND", "AZ-ORDUBAD"),
                Direction.of("AZ-ORDUBAD", "AZ-AGHBAND"));
        assertThat(route.parties()).containsExactly(PartyCode.of("AZE"), PartyCode.of("ARM"));
        assertThatThrownBy(() -> route.departure(Direction.of("AZ-AGHBAND", "AM-SYUNIK-EAST")))
                .hasMessageContaining("direction \"AZ-AGHBAND to AM-SYUNIK-EAST\"");
    }

    private static Post post(String code, String party) {
        return new Post(PostCode.of(code), PartyCode.of(party), code, null, YEREVAN, OpeningHours.always());
    }
}
