package org.crossings.server.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRuleTest {

    @Test
    void letters_of_any_script_and_characters_beyond_the_basic_plane_are_text() {
        String text = "Doğu Kapı – Մարգարա – 🇦🇲";
        assertThat(TextRule.LINE.check("title", text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\t", "\u001b[31m", "\u007f", "\u0085", "\u009f", "\u2028", "\u2029",
        "\ufffe", "\uffff", "\ud800", "\udc00", "\ud83c"})
    void control_characters_separators_noncharacters_and_half_surrogates_are_refused(String bad) {
        assertThatThrownBy(() -> TextRule.LINE.check("reason", "ok " + bad + " ok"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("reason \"ok \\u").hasMessageContaining("text may not hold it");
    }

    @Test
    void line_breaks_are_refused_unless_the_field_allows_them() {
        String zone = "P<FRAMARTIN<<CLAIRE\r\nAB12345671FRA";
        assertThatThrownBy(() -> TextRule.LINE.check("purpose", zone))
                .hasMessageContaining("character 20 is U+000D, a line break");
        assertThat(new TextRule(512, true).check("mrz", zone)).isEqualTo(zone);
    }

    @Test
    void text_is_at_most_the_fields_bound_in_characters_not_utf16_units() {
        TextRule three = new TextRule(3, false);
        assertThat(three.check("code", "🇦🇲a")).isEqualTo("🇦🇲a"); // two flags' letters are two code points
        assertThatThrownBy(() -> three.check("code", "abcd")).hasMessage("code \"abcd\" is longer than 3 characters");
        assertThatThrownBy(() -> TextRule.LINE.check("title", "x".repeat(1_000_000)))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(120).endsWith("longer than 512 characters"));
    }

    @Test
    void an_excerpt_quotes_forty_characters_and_escapes_what_text_may_not_hold() {
        assertThat(Excerpt.of("short")).isEqualTo("\"short\"");
        assertThat(Excerpt.of("y".repeat(41))).isEqualTo("\"" + "y".repeat(40) + "…\"");
        assertThat(Excerpt.of("a\u0000b\"c\\")).isEqualTo("\"a\\u0000b\\\"c\\\\\"");
        assertThat(Excerpt.of((String) null)).isEqualTo("null");
    }
}
