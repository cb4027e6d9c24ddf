package org.crossings.server.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossings.server.party.PartyCode;
import org.crossings.server.party.PartyKind;
import org.crossings.server.place.Passage;
import org.crossings.server.place.PostCode;
import org.crossings.server.place.Route;
import org.crossings.server.place.RouteId;
import org.junit.jupiter.api.Test;

class DemoWorldTest {

    private final DemoWorld world = DemoWorld.load();

    @Test
    void the_demo_world_has_the_parties_of_context_md() {
        assertThat(world.parties().all()).extracting(p -> p.code().value())
                .containsExactly("ARM", "TUR", "AZE", "OPERATOR", "EU", "USA");
        assertThat(world.parties().find(PartyCode.of("USA")).orElseThrow().kind()).isEqualTo(PartyKind.OBSERVER);
    }

    @Test
    void margara_has_no_un_locode_and_keeps_its_local_code_and_yerevan_time() {
        var margara = world.places().post(PostCode.of("AM-MARGARA")).orElseThrow();
        assertThat(margara.locode()).isEmpty();
        assertThat(margara.zone().getId()).isEqualTo("Asia/Yerevan");
        assertThat(world.places().post(PostCode.of("TR-ALICAN")).orElseThrow().zone().getId())
                .isEqualTo("Europe/Istanbul");
    }

    @Test
    void the_syunik_route_runs_from_mainland_azerbaijan_through_armenian_posts_to_nakhchivan() {
        Passage syunik = world.places().passage(RouteId.of("SYUNIK")).orElseThrow();
        assertThat(((Route) syunik).offices()).extracting(post -> post.party().value())
                .containsExactly("AZE", "ARM", "ARM", "AZE");
        assertThat(world.places().passages()).hasSize(3);
    }

    @Test
    void the_five_agreements_of_context_md_parse_into_terms() {
        assertThat(world.proposals()).extracting(p -> p.agreement().id().value()).containsExactly(
                "ARM-TUR-2022-THIRD-COUNTRY", "ARM-TUR-2023-DIPLOMATIC", "ARM-TUR-2023-02-HUMANITARIAN",
                "ARM-TUR-2025-03-HUMANITARIAN", "SYUNIK-TRANSIT");
        Terms syunik = world.proposal(AgreementId.of("SYUNIK-TRANSIT")).terms();
        assertThat(syunik.isRoute()).isTrue();
        assertThat(syunik.frontOffice().code().value()).isEqualTo("OPERATOR");
        assertThat(syunik.ways()).hasSize(2);
    }
}
