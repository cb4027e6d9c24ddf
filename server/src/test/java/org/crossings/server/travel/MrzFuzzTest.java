package org.crossings.server.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated zones: parsing either gives a travel document or refuses with an {@link MrzException}, nothing
 * else; and a single substitution in a specimen is caught by a check digit whenever the 7-3-1 digit can catch it.
 * Rerun a failure with {@code -Dmrz.fuzz.seed=<seed>}.
 */
class MrzFuzzTest {

    private static final int RUNS = 200_000;
    private static final String ZONE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    private static final String OTHER = "az -\t\r\n\u00c9\u0000\u00a0\u2028\ufeff/\"";
    private static final int[] LENGTHS = {30, 36, 44};

    private final long seed = Long.getLong("mrz.fuzz.seed", System.nanoTime());
    private final Random random = new Random(seed);

    @Test
    void parsing_any_text_gives_a_document_or_an_mrz_exception_and_check_digits_catch_what_they_can() {
        List<TravelDocument> specimens = MrzSpecimens.ALL.stream().map(Mrz::parse).toList();
        for (int run = 0; run < RUNS; run++) {
            switch (run % 5) {
                case 0 -> parse(randomText());
                case 1 -> parse(randomZone());
                case 2 -> substituteOnce(specimens.get(random.nextInt(specimens.size())));
                case 3 -> parse(substitute(substitute(pick(specimens).mrz())));
                default -> parse(reshape(pick(specimens).mrz()));
            }
        }
    }

    /**
     * One character of a specimen changed. Where no check digit covers it, the checked fields must be those of the
     * specimen. Where one does, the change must be refused unless old and new character have the same value modulo
     * 10 ({@code 0 < A K U}, {@code 1 B L V}, ...): no 7-3-1 check digit can tell those apart, because every weight
     * times a multiple of 10 is a multiple of 10. Any other single substitution changes the weighted sum by
     * weight x difference, with the weight 7, 3 or 1 prime to 10, and so is always caught.
     */
    private void substituteOnce(TravelDocument specimen) {
        String zone = specimen.mrz();
        substituteOnce(specimen, random.nextInt(zone.length()), ZONE.charAt(random.nextInt(ZONE.length())));
    }

    private void substituteOnce(TravelDocument specimen, int index, char replacement) {
        String zone = specimen.mrz();
        char old = zone.charAt(index);
        if (old == '\n') {
            return;
        }
        String mutated = zone.substring(0, index) + replacement + zone.substring(index + 1);
        TravelDocument parsed = parse(mutated);
        if (parsed == null || replacement == old) {
            return;
        }
        int line = (int) zone.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        int column = index - zone.lastIndexOf('\n', index - 1);
        if (covered(specimen.format(), line, column)) {
            assertThat(CheckDigit.value(replacement) % 10)
                    .as("seed %d: %s at line %d, column %d got past every check digit:%n%s", seed, replacement, line,
                            column, mutated)
                    .isEqualTo(CheckDigit.value(old) % 10);
        } else if (parsed.format() == specimen.format()) {
            assertThat(checkedFields(parsed)).as("seed %d: line %d, column %d changed a checked field:%n%s", seed,
                    line, column, mutated).isEqualTo(checkedFields(specimen));
        } else {
            // P and V (I and V) share a size: a misread document code makes a passport a visa, whose optional data
            // is unchecked; number and dates are checked in both.
            assertThat(checkedFields(parsed).subList(0, 3)).as("seed %d: %s", seed, mutated)
                    .isEqualTo(checkedFields(specimen).subList(0, 3));
        }
    }

    /** Columns that a check digit covers, composite included, check digits included: Doc 9303 Parts 4 to 7. */
    private static boolean covered(MrzFormat format, int line, int column) {
        return switch (format) {
            case TD1 -> line == 1 && column >= 6
                    || line == 2 && (column <= 7 || column >= 9 && column <= 15 || column >= 19);
            case TD2, TD3 -> line == 2 && column != 11 && column != 12 && column != 13 && column != 21;
            case MRV_A, MRV_B -> line == 2 && (column <= 10 || column >= 14 && column <= 20
                    || column >= 22 && column <= 28);
        };
    }

    private static List<Object> checkedFields(TravelDocument document) {
        boolean optionalChecked = document.format() != MrzFormat.MRV_A && document.format() != MrzFormat.MRV_B;
        return Arrays.asList(document.documentNumber(), document.dateOfBirth(), document.dateOfExpiry(),
                optionalChecked ? document.optionalData() : null);
    }

    private TravelDocument parse(String text) {
        try {
            return Mrz.parse(text);
        } catch (MrzException refused) {
            assertThat(refused.getMessage()).startsWith("mrz");
            assertThat(refused.field()).isNotBlank();
            return null;
        } catch (RuntimeException | Error other) {
            throw new AssertionError("seed " + seed + ": " + other + " for the text:\n" + text, other);
        }
    }

    private String randomText() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(150);
        for (int i = 0; i < length; i++) {
            String from = random.nextInt(4) == 0 ? OTHER : ZONE;
            text.append(from.charAt(random.nextInt(from.length())));
        }
        return text.toString();
    }

    /** Lines of zone characters of a zone's length, so that parsing goes past the shape. */
    private String randomZone() {
        int length = LENGTHS[random.nextInt(LENGTHS.length)];
        int count = random.nextInt(4) + 1;
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            StringBuilder line = new StringBuilder();
            line.append("PIVAC".charAt(random.nextInt(5)));
            while (line.length() < length) {
                line.append(ZONE.charAt(random.nextInt(ZONE.length())));
            }
            lines.add(line.toString());
        }
        return String.join(random.nextBoolean() ? "\n" : "\r\n", lines);
    }

    private String substitute(String zone) {
        int index = random.nextInt(zone.length());
        String from = random.nextInt(5) == 0 ? OTHER : ZONE;
        return zone.substring(0, index) + from.charAt(random.nextInt(from.length())) + zone.substring(index + 1);
    }

    /** Lines swapped, duplicated or dropped; the text cut short; a character inserted or deleted. */
    private String reshape(String zone) {
        List<String> lines = new ArrayList<>(List.of(zone.split("\n")));
        int index = random.nextInt(zone.length());
        switch (random.nextInt(6)) {
            case 0 -> lines.add(lines.removeFirst());
            case 1 -> lines.add(random.nextInt(lines.size() + 1), lines.get(random.nextInt(lines.size())));
            case 2 -> lines.remove(random.nextInt(lines.size()));
            case 3 -> {
                return zone.substring(0, index);
            }
            case 4 -> {
                return zone.substring(0, index) + zone.substring(index + 1);
            }
            default -> {
                return zone.substring(0, index) + ZONE.charAt(random.nextInt(ZONE.length())) + zone.substring(index);
            }
        }
        return String.join("\n", lines);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    @Test
    void every_single_substitution_in_every_specimen_is_caught_whenever_a_check_digit_can_catch_it() {
        for (String text : MrzSpecimens.ALL) {
            TravelDocument specimen = Mrz.parse(text);
            for (int index = 0; index < text.length(); index++) {
                for (char replacement : ZONE.toCharArray()) {
                    substituteOnce(specimen, index, replacement);
                }
            }
        }
    }
}
