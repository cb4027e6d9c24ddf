package org.crossings.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Why a body could not be read, in the words of its JSON: the member's path, what it held, what it must be. */
class UnreadableBodyTest {

    record Direction(String from, String to) {
    }

    record Body(String mrz, Direction direction, List<String> goods, Integer limit, Boolean withNodeKey) {
    }

    record Checked(String code) {
        Checked {
            if (code != null && code.length() != 3) {
                throw new IllegalArgumentException("code \"" + code + "\" must be 3 letters");
            }
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static String why(String json, Class<?> type) {
        return why(MAPPER, json, type);
    }

    private static String why(JsonMapper mapper, String json, Class<?> type) {
        return UnreadableBody.describe(catchThrowable(() -> mapper.readValue(json, type)));
    }

    @Test
    void a_member_of_the_wrong_kind_is_named_by_its_path_with_what_it_held() {
        assertThat(why("{\"mrz\": [\"P<\"]}", Body.class)).isEqualTo("mrz must be a string, not an array");
        assertThat(why("{\"direction\": {\"from\": {}}}", Body.class))
                .isEqualTo("direction.from must be a string, not an object");
        assertThat(why("{\"direction\": \"north\"}", Body.class))
                .isEqualTo("direction must be an object, not the string \"north\"");
        assertThat(why("{\"goods\": [\"0101\", {}]}", Body.class))
                .isEqualTo("goods[1] must be a string, not an object");
    }

    @Test
    void a_value_that_is_not_the_number_or_boolean_asked_for_is_quoted() {
        assertThat(why("{\"limit\": \"many\"}", Body.class)).isEqualTo("limit: \"many\" is not a number");
        assertThat(why("{\"withNodeKey\": \"yes\"}", Body.class))
                .isEqualTo("withNodeKey: \"yes\" is not true or false");
    }

    @Test
    void a_body_of_the_wrong_kind_or_no_json_at_all_says_so() {
        assertThat(why("[1]", Body.class)).isEqualTo("the body must be an object, not an array");
        assertThat(why("5", Body.class)).isEqualTo("the body must be an object, not the number 5");
        assertThat(why("{bad", Body.class)).startsWith("the body is not valid JSON at line 1, column 2: ");
        assertThat(why("{\"mrz\": \"P<", Body.class)).startsWith("the body is not valid JSON");
        assertThat(UnreadableBody.describe(null)).isEqualTo("the request needs a JSON body");
    }

    @Test
    void a_member_the_body_type_does_not_have_is_named_with_the_members_it_has() {
        JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

        assertThat(why(strict, "{\"from\": \"AM-MARGARA\", \"by\": \"air\"}", Direction.class))
                .isEqualTo("by is not a member here; the members are from, to");
    }

    @Test
    void a_refusal_of_the_value_itself_keeps_its_own_words() {
        assertThat(why("{\"code\": \"ARMENIA\"}", Checked.class))
                .isEqualTo("the body: code \"ARMENIA\" must be 3 letters");
    }

    @Test
    void no_description_names_a_java_class() {
        for (String json : List.of("{\"mrz\": {}}", "{\"direction\": 5}", "{\"goods\": \"x\"}", "{\"limit\": []}",
                "true", "\"x\"", "{\"direction\": [1]}")) {
            assertThat(why(json, Body.class)).as(json).doesNotContain("java", "crossings", "`", "Exception");
        }
    }
}
