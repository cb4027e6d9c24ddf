package org.crossings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.crossings.server.agreement.DemoWorld;
import org.crossings.server.agreement.TermsDocument;
import org.crossings.server.agreement.application.SampleTerms;
import org.crossings.server.travel.Mrz;
import org.crossings.server.travel.Passports;
import org.crossings.server.value.DateRange;
import org.crossings.server.value.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The long run of the fuzz suite ({@code -Dcrossings.long=true}): a million mutated inputs to each parser that reads
 * what a client sends (the machine-readable zone, agreement terms, money, days and instants). Each parser either
 * reads the input or refuses it with its own error naming the field; nothing else may escape (no NullPointerException,
 * no ArithmeticException, no StackOverflowError, no DateTimeException of its own). The figures go to BENCHMARKS.md.
 */
@EnabledIfSystemProperty(named = "crossings.long", matches = "true")
class ParsersLongFuzzTest {

    private static final int CASES = Integer.getInteger("crossings.fuzz.cases", 1_000_000);
    private static final String ODD = "0123456789<>\"\\{}[],:.-+eE \n\t\u0000\u0085\u2028\ud800\u00e9AZaz/";

    private final long seed = Long.getLong("crossings.fuzz.seed", System.nanoTime());
    private final Random random = new Random(seed);

    @Test
    void a_million_mutated_zones_are_read_or_refused_with_an_mrz_error() {
        List<String> specimens = List.of(Passports.ordinary("FRA", "MARTIN", "CLAIRE"),
                Passports.diplomatic("TUR", "YILMAZ", "AHMET"));
        run("mrz", specimens, zone -> {
            try {
                Mrz.parse(zone);
            } catch (IllegalArgumentException refused) { // an MrzException among them
                assertThat(refused.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void a_million_mutated_terms_are_read_or_refused_naming_the_field() {
        DemoWorld world = DemoWorld.load();
        run("terms", List.of(SampleTerms.forCitizensOf("FRA", "PO")), terms -> {
            try {
                TermsDocument.parseProposal(terms, world.parties(), world.places());
            } catch (IllegalArgumentException refused) { // a TermsException among them
                assertThat(refused.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void a_million_mutated_amounts_are_read_or_refused_naming_the_field() {
        Currency euro = Currency.getInstance("EUR");
        run("money", List.of("5.00", "120", "999999999999.99", "0.5"), amount -> {
            try {
                Money money = Money.parse("amount", amount, euro);
                assertThat(money.amount().scale()).isEqualTo(2);
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).startsWith("amount").hasSizeLessThan(300);
            }
        });
    }

    @Test
    void a_million_mutated_days_and_instants_are_read_or_refused_naming_the_field() {
        run("dates", List.of("2025-03-21", "2025-03-21T10:00:00Z", "2199-12-31T23:59:59+04:00"), text -> {
            try {
                if (text.length() > 10) {
                    DateRange.CROSSINGS.instant("at", text);
                } else {
                    LocalDate day = DateRange.CROSSINGS.day("travelDate", text);
                    assertThat(DateRange.CROSSINGS.contains(day)).isTrue();
                }
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).hasSizeLessThan(300);
            }
        });
    }

    private void run(String parser, List<String> specimens, Consumer<String> parse) {
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            String input = mutated(specimens.get(random.nextInt(specimens.size())));
            try {
                parse.accept(input);
            } catch (RuntimeException | StackOverflowError escaped) {
                throw new AssertionError(parser + " case " + i + " (seed " + seed + ") let " + escaped
                        + " escape for input " + input, escaped);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("fuzz %s: %,d cases in %.1f s (%,.0f/s), seed %d%n", parser, CASES, seconds,
                CASES / seconds, seed);
    }

    /** One to four edits: a character replaced, inserted or deleted, a stretch doubled or cut. */
    private String mutated(String specimen) {
        StringBuilder text = new StringBuilder(specimen);
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length());
            char odd = ODD.charAt(random.nextInt(ODD.length()));
            switch (random.nextInt(5)) {
                case 0 -> { if (!text.isEmpty()) text.setCharAt(at, odd); }
                case 1 -> text.insert(at, odd);
                case 2 -> { if (!text.isEmpty()) text.deleteCharAt(at); }
                case 3 -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(20))));
                default -> text.setLength(at);
            }
        }
        return text.toString();
    }
}
