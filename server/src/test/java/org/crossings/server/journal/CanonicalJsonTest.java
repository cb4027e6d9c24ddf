package org.crossings.server.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static String canonical(String json) {
        return new String(CanonicalJson.bytes(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json)), StandardCharsets.UTF_8);
    }

    @Test
    void strings_and_literals_match_the_rfc8785_section_3_2_2_example() {
        // RFC 8785 section 3.2.2, with the "numbers" member left out: terms never carry binary numbers.
        String input = "{\n  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                + "  \"literals\": [null, true, false]\n}";
        assertThat(canonical(input)).isEqualTo("{\"literals\":[null,true,false],\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void members_are_sorted_by_utf16_code_units_as_in_rfc8785_section_3_2_3() {
        // RFC 8785 section 3.2.3: the property names and the order the RFC gives for them.
        String input = "{\"\\u20ac\": \"Euro Sign\", \"\\r\": \"Carriage Return\", \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\","
                + " \"1\": \"One\", \"\\ud83d\\ude00\": \"Emoji: Grinning Face\", \"\\u0080\": \"Control\","
                + " \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"}";
        assertThat(canonical(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void white_space_and_member_order_do_not_change_the_canonical_form() {
        assertThat(canonical("{ \"b\" : [1, {\"d\":true,\"c\":null}], \"a\":\"x\" }"))
                .isEqualTo(canonical("{\"a\":\"x\",\"b\":[1,{\"c\":null,\"d\":true}]}"))
                .isEqualTo("{\"a\":\"x\",\"b\":[1,{\"c\":null,\"d\":true}]}");
    }

    @Test
    void a_fractional_number_is_refused_rather_than_formatted_differently_from_ecmascript() {
        assertThatThrownBy(() -> canonical("{\"amount\": 10.5}")).hasMessageContaining("10.5");
    }
}
