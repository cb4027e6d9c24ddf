package org.crossings.server.value.http;

import org.crossings.server.value.Text;
import org.crossings.server.value.TextRule;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads every string of every request body, and holds it to its {@link TextRule}: {@link TextRule#LINE} unless the
 * field says otherwise with {@link Text}. Registered once for {@code String}, so that no body record can forget it;
 * Jackson's own string reading (and its refusal of numbers where a string belongs) runs first.
 */
final class TextDeserializer extends ValueDeserializer<String> {

    private final TextRule rule;

    TextDeserializer(TextRule rule) {
        this.rule = rule;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        Text text = property == null ? null : property.getAnnotation(Text.class);
        return text == null ? this : new TextDeserializer(TextRule.of(text));
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = StringDeserializer.instance.deserialize(parser, context);
        return rule.check(JsonPath.of(parser.streamReadContext()), value);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
        return "";
    }
}
