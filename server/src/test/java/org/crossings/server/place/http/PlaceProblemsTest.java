package org.crossings.server.place.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import org.crossings.server.RunningServer;
import org.crossings.server.place.Places;
import org.crossings.server.place.Post;
import org.crossings.server.place.PostCode;
import org.crossings.server.place.RegisteredAlready;
import org.crossings.server.place.application.RegisteringPlaces;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class PlaceProblemsTest {

    private final RunningServer server = RunningServer.shared();

    @Test
    void registering_a_post_code_that_is_registered_already_is_a_409_problem_naming_the_code() {
        Post margara = server.bean(Places.class).post(PostCode.of("AM-MARGARA")).orElseThrow();

        RegisteredAlready refused = catchThrowableOfType(RegisteredAlready.class,
                () -> server.bean(RegisteringPlaces.class).registerPost(margara));
        ProblemDetail problem = new PlaceProblems().registeredAlready(refused);

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).isEqualTo(URI.create("https://crossings.example/problems/registered-already"));
        assertThat(problem.getDetail()).isEqualTo("post AM-MARGARA is registered already");
        assertThat(problem.getProperties()).containsEntry("field", "code").containsEntry("value", "AM-MARGARA");
    }

    @Test
    void registering_a_passage_id_that_is_registered_already_is_a_409_problem_naming_the_id() {
        ProblemDetail problem = new PlaceProblems().registeredAlready(
                new RegisteredAlready("crossing-point", "id", "MARGARA-ALICAN"));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).isEqualTo("crossing-point MARGARA-ALICAN is registered already");
        assertThat(problem.getProperties()).containsEntry("field", "id").containsEntry("value", "MARGARA-ALICAN");
    }
}
