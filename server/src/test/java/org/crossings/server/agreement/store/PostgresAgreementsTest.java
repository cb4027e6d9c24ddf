package org.crossings.server.agreement.store;

import org.crossings.server.EnvelopeFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.AgreementTimeline;
import org.crossings.server.agreement.AgreementTimeline.Kind;
import org.crossings.server.agreement.application.AgreementNode;
import org.crossings.server.agreement.application.ProposeAgreement;
import org.crossings.server.agreement.application.SampleTerms;
import org.crossings.server.agreement.application.SuspendAgreement;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.EventType;
import org.crossings.server.journal.Subject;
import org.crossings.server.party.PartyCode;
import org.crossings.tlog.storage.EmbeddedLogDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

/** The agreements read model: built from the log alone, rebuilt the same, and telling each agreement's story. */
class PostgresAgreementsTest {

    private static final PartyCode ARM = PartyCode.of("ARM");
    private static final PartyCode TUR = PartyCode.of("TUR");
    private static final AgreementId ID = AgreementId.of("DEU-AT-MARGARA");
    private static final AgreementRef V1 = new AgreementRef(ID, 1);
    private static EmbeddedLogDatabase postgres;

    @TempDir
    Path keys;
    private AgreementNode node;

    @BeforeAll
    static void startPostgres() {
        postgres = new EmbeddedLogDatabase();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void startNode() {
        node = new AgreementNode(postgres, keys);
    }

    @AfterEach
    void stopNode() {
        node.close();
    }

    @Test
    void rebuilding_from_the_log_gives_the_same_read_model() {
        storyOfOneAgreement();
        List<String> before = node.dump();
        var agreementsBefore = node.agreements.all();
        List<AgreementTimeline> timelineBefore = node.agreements.timeline();

        node.journal.rebuild();

        assertThat(node.dump()).hasSize(3).isEqualTo(before);
        assertThat(node.agreements.all()).isEqualTo(agreementsBefore);
        assertThat(node.agreements.timeline()).isEqualTo(timelineBefore);
    }

    @Test
    void a_second_read_model_on_the_same_tables_loads_the_same_agreements() {
        storyOfOneAgreement();
        var world = org.crossings.server.agreement.DemoWorld.load();

        PostgresAgreements restarted = new PostgresAgreements(node.jdbc, world.parties(), world.places());

        assertThat(restarted.all()).isEqualTo(node.agreements.all());
        assertThat(restarted.eligibility().check(german())).isEqualTo(node.agreements.eligibility().check(german()));
    }

    @Test
    void the_timeline_shows_proposal_signatures_entry_into_force_suspension_and_how_often_it_was_used() {
        storyOfOneAgreement();

        AgreementTimeline timeline = node.agreements.timeline().getFirst();

        assertThat(timeline.agreement()).isEqualTo(V1);
        assertThat(timeline.steps()).extracting(AgreementTimeline.Step::kind)
                .containsExactly(Kind.PROPOSED, Kind.SIGNED, Kind.SIGNED, Kind.IN_FORCE, Kind.SUSPENDED);
        assertThat(timeline.steps()).extracting(AgreementTimeline.Step::party)
                .containsExactly(ARM, ARM, TUR, null, TUR);
        assertThat(timeline.steps().getLast().detail()).isEqualTo("road works");
        assertThat(timeline.used()).isEqualTo(2);
    }

    @Test
    void an_agreement_proposed_and_never_signed_is_on_the_timeline_unused_and_not_in_force() {
        node.proposing.propose(new ProposeAgreement(ARM, ID, SampleTerms.germansAtMargara()));

        AgreementTimeline timeline = node.agreements.timeline().getFirst();

        assertThat(timeline.steps()).extracting(AgreementTimeline.Step::kind).containsExactly(Kind.PROPOSED);
        assertThat(timeline.used()).isZero();
    }

    /** Proposed, signed by both (its window began in 2024, so it is in force at once), used twice, suspended. */
    private void storyOfOneAgreement() {
        node.proposing.propose(new ProposeAgreement(ARM, ID, SampleTerms.germansAtMargara()));
        node.signing.signWithNodeKey(V1, ARM);
        node.signing.signWithNodeKey(V1, TUR);
        cite(V1);
        cite(V1);
        node.suspending.suspend(new SuspendAgreement(ID, TUR, "road works"));
    }

    /** A step some other feature recorded as allowed by the agreement. */
    private void cite(AgreementRef ref) {
        node.journal.record(EnvelopeFixtures.event(EventType.of("travel.admitted"), new Subject("case", "C-1"), TUR,
                Optional.empty(), Optional.empty(), Optional.empty(), Set.of(TUR), Optional.of(ref.toString()),
                JsonNodeFactory.instance.objectNode().put("case", "C-1")));
    }

    private static org.crossings.server.agreement.CrossingRequest german() {
        return new org.crossings.server.agreement.CrossingRequest(
                new org.crossings.server.agreement.Crosser.Traveller(org.crossings.server.party.CountryCode.of("DEU"),
                        org.crossings.server.agreement.DocumentCode.of("PS")),
                org.crossings.server.place.CrossingPointId.of("MARGARA-ALICAN"),
                org.crossings.server.place.Direction.of("AM-MARGARA", "TR-ALICAN"), java.time.Instant.now());
    }
}
