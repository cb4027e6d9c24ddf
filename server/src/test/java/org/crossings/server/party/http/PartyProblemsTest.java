package org.crossings.server.party.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import org.crossings.server.RunningServer;
import org.crossings.server.party.Parties;
import org.crossings.server.party.Party;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.RegisteredAlready;
import org.crossings.server.party.application.RegisteringParty;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class PartyProblemsTest {

    private final RunningServer server = RunningServer.shared();

    @Test
    void registering_a_party_code_that_is_registered_already_is_a_409_problem_naming_the_code() {
        Party arm = server.bean(Parties.class).find(PartyCode.of("ARM")).orElseThrow();

        RegisteredAlready refused = catchThrowableOfType(RegisteredAlready.class,
                () -> server.bean(RegisteringParty.class).register(new RegisteringParty.RegisterParty(arm)));
        ProblemDetail problem = new PartyProblems().registeredAlready(refused);

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).isEqualTo(URI.create("https://crossings.example/problems/registered-already"));
        assertThat(problem.getTitle()).isEqualTo("Registered already");
        assertThat(problem.getDetail()).isEqualTo("party ARM is registered already");
        assertThat(problem.getProperties()).containsEntry("field", "code").containsEntry("value", "ARM");
    }
}
