package org.crossings.server.value.http;

import java.beans.PropertyEditorSupport;
import org.crossings.server.value.PlainNumber;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Numbers in request paths and queries ({@code /api/entries/{index}/payload}, {@code ?limit=}, {@code ?version=}) as
 * every route reads them: {@link PlainNumber} and never negative. They replace Spring's own reading, which takes
 * {@code 0x10} and {@code #10} as 16 ({@link Long#decode}), {@code -1}, and spaces around the digits. A refusal is a
 * 400 naming the parameter ({@link StrictRequestProblems}).
 *
 * <p>An editor and a converter: Spring falls back to its own lenient number editor when a converter refuses a plain
 * {@code long} or {@code int}, so only an editor of our own has the last word there; an {@code Optional<Integer>} is
 * read by the conversion service alone, so the converter has it.
 */
@ControllerAdvice
public final class PlainNumbers {

    /** Makes the conversion service read {@code Long} and {@code Integer} plain, as inside an {@code Optional}. */
    public static void register(FormatterRegistry registry) {
        registry.addConverter(String.class, Long.class,
                (Converter<String, Long>) text -> PlainNumber.check(text, 0, Long.MAX_VALUE));
        registry.addConverter(String.class, Integer.class,
                (Converter<String, Integer>) text -> (int) PlainNumber.check(text, 0, Integer.MAX_VALUE));
    }

    @InitBinder
    void plainNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Editor(Long.MAX_VALUE, false));
        binder.registerCustomEditor(Long.class, new Editor(Long.MAX_VALUE, false));
        binder.registerCustomEditor(int.class, new Editor(Integer.MAX_VALUE, true));
        binder.registerCustomEditor(Integer.class, new Editor(Integer.MAX_VALUE, true));
    }

    /** Reads a number from its one spelling; fresh for each request, as editors hold state. */
    private static final class Editor extends PropertyEditorSupport {

        private final long max;
        private final boolean integer;

        Editor(long max, boolean integer) {
            this.max = max;
            this.integer = integer;
        }

        @Override
        public void setAsText(String text) {
            long value = PlainNumber.check(text, 0, max);
            setValue(integer ? Integer.valueOf((int) value) : Long.valueOf(value));
        }
    }
}
