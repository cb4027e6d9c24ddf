package org.crossings.server.travel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a machine-readable zone, ICAO Doc 9303 Parts 3 to 7, as an officer types it or a scanner pastes it.
 *
 * <p>Only what a scanner or a keyboard adds around the zone is ignored: line breaks ({@code \n} or {@code \r\n}),
 * whitespace around the text and around each line, blank lines. Everything else that does not fit is refused with an
 * {@link MrzException} naming line, column and value: lower case, wrong lengths, characters outside A-Z, 0-9 and
 * {@code <}, wrong check digits, unknown codes and impossible dates. A zone is never corrected silently, because a
 * corrected zone is a different traveller.
 */
public final class Mrz {

    private static final String EXPECTED = "expected 3x30 (TD1), 2x36 (TD2, MRV-B) or 2x44 (TD3, MRV-A)";

    private Mrz() {
    }

    /**
     * The travel document whose zone this is.
     *
     * @throws MrzException when the text is no zone, or a zone with an error; never any other exception
     */
    public static TravelDocument parse(String text) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            requireZoneCharacters(lines.get(i), i + 1);
        }
        MrzZone zone = new MrzZone(format(lines), lines);
        return zone.format() == MrzFormat.TD1 ? MrzLayout.td1(zone) : MrzLayout.twoLines(zone);
    }

    private static List<String> lines(String text) {
        if (text == null) {
            throw new MrzException("mrz", 0, 0, "no text was given; " + EXPECTED);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        if (lines.isEmpty()) {
            throw new MrzException("mrz", 0, 0, "the text is empty; " + EXPECTED);
        }
        return lines;
    }

    private static void requireZoneCharacters(String line, int number) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<')) {
                throw new MrzException("line " + number, number, i + 1, shown(c)
                        + " is not allowed; a machine-readable zone uses only A-Z, 0-9 and <");
            }
        }
    }

    private static String shown(char c) {
        return c > ' ' && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    /**
     * The format of these lines. When all lines but one have a length that fits their count, that one is named;
     * otherwise the whole text is refused.
     */
    private static MrzFormat format(List<String> lines) {
        int count = lines.size();
        int reference = lines.stream().mapToInt(String::length).filter(length -> fits(count, length))
                .findFirst().orElse(-1);
        if (reference < 0) {
            String lengths = lines.stream().map(line -> String.valueOf(line.length())).distinct()
                    .collect(Collectors.joining(" and "));
            throw new MrzException("mrz", 0, 0, count + (count == 1 ? " line of " : " lines of ") + lengths
                    + " characters is no ICAO 9303 format; " + EXPECTED);
        }
        for (int i = 0; i < count; i++) {
            if (lines.get(i).length() != reference) {
                throw new MrzException("line " + (i + 1), i + 1, 0, lines.get(i).length()
                        + " characters, but the other lines have " + reference + "; " + EXPECTED);
            }
        }
        boolean visa = lines.get(0).charAt(0) == 'V';
        if (count == 3) {
            return MrzFormat.TD1;
        }
        return reference == 44 ? (visa ? MrzFormat.MRV_A : MrzFormat.TD3) : (visa ? MrzFormat.MRV_B : MrzFormat.TD2);
    }

    private static boolean fits(int count, int length) {
        return count == 3 && length == 30 || count == 2 && (length == 36 || length == 44);
    }
}
