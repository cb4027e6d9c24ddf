package org.crossings.server.value.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.crossings.server.value.Text;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTest {

    record Direction(String from, String to) {
    }

    record Body(@Text(lines = true) String mrz, String purpose, Direction direction, List<String> goods,
                Boolean humanitarian, @Text(max = 4) String code) {
    }

    private static final JsonMapper JSON = strict();

    private static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJson().customize(builder);
        return builder.build();
    }

    private static JacksonException refused(String json) {
        return catchThrowableOfType(JacksonException.class, () -> JSON.readValue(json, Body.class));
    }

    private static String path(String json) {
        return JsonPath.of(refused(json).getPath());
    }

    @Test
    void a_body_that_says_exactly_what_it_means_is_read() {
        Body body = JSON.readValue("""
                {"mrz": "P<FRA\\nAB12", "purpose": "tourism", "direction": {"from": "AM-MARGARA", "to": "TR-ALICAN"},
                 "goods": ["0401"], "humanitarian": true, "code": "ABCD"}""", Body.class);

        assertThat(body.mrz()).isEqualTo("P<FRA\nAB12");
        assertThat(body.direction().to()).isEqualTo("TR-ALICAN");
    }

    @Test
    void a_member_given_twice_is_refused_also_deep_inside() {
        assertThat(refused("{\"purpose\": \"a\", \"purpose\": \"b\"}").getOriginalMessage())
                .contains("Duplicate Object property \"purpose\"");
        assertThat(path("{\"direction\": {\"from\": \"a\", \"from\": \"b\"}}")).isEqualTo("direction");
    }

    @Test
    void a_member_no_body_has_and_anything_after_the_body_are_refused() {
        assertThat(path("{\"purpose\": \"a\", \"purpouse\": \"b\"}")).isEqualTo("purpouse");
        assertThat(refused("{\"purpose\": \"a\"} {}").getOriginalMessage()).contains("Trailing token");
    }

    @Test
    void a_number_or_a_boolean_is_no_string_and_a_string_or_a_number_is_no_boolean() {
        assertThat(path("{\"purpose\": 5}")).isEqualTo("purpose");
        assertThat(path("{\"purpose\": 1e2147483648}")).isEqualTo("purpose");
        assertThat(path("{\"goods\": [\"0401\", 401]}")).isEqualTo("goods[1]");
        assertThat(path("{\"direction\": {\"from\": true}}")).isEqualTo("direction.from");
        assertThat(path("{\"humanitarian\": \"true\"}")).isEqualTo("humanitarian");
        assertThat(path("{\"humanitarian\": 1}")).isEqualTo("humanitarian");
    }

    @Test
    void every_string_keeps_its_text_rule_and_the_error_names_its_path() {
        assertThat(refused("{\"direction\": {\"to\": \"TR\\u0007\"}}").getCause())
                .hasMessageStartingWith("direction.to \"TR\\u0007\": character 3 is U+0007");
        assertThat(refused("{\"goods\": [\"0401\", \"\\u2028\"]}").getCause()).hasMessageStartingWith("goods[1] ");
        assertThat(refused("{\"purpose\": \"a\\nb\"}").getCause()).hasMessageContaining("a line break");
        assertThat(refused("{\"purpose\": \"\\ud800\"}").getCause()).hasMessageContaining("half of a surrogate pair");
        assertThat(refused("{\"code\": \"ABCDE\"}").getCause()).hasMessage("code \"ABCDE\" is longer than 4 characters");
        assertThat(refused("{\"purpose\": \"" + "x".repeat(513) + "\"}").getCause())
                .hasMessageEndingWith("is longer than 512 characters");
    }
}
