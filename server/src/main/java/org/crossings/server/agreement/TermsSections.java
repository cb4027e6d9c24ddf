package org.crossings.server.agreement;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.crossings.server.place.Hours;
import org.crossings.server.value.Excerpt;
import org.crossings.server.value.Money;
import tools.jackson.databind.JsonNode;

/** Reads the sections of a terms document that need no lookups: travellers, goods, window, hours and fees. */
final class TermsSections {

    private TermsSections() {
    }

    static Travellers travellers(JsonFields fields, JsonNode root) {
        JsonNode node = fields.object(root, "", "travellers", false);
        if (node == null) {
            return null;
        }
        int errors = fields.errors().size();
        fields.only(node, "travellers", Set.of("nationalities", "documents"));
        List<NationalityClass> nationalities =
                fields.list(node, "travellers", "nationalities", true, NationalityClass::parse);
        List<DocumentCode> documents = fields.list(node, "travellers", "documents", true, DocumentCode::of);
        return build(fields, "travellers", () -> new Travellers(nationalities, documents),
                fields.errors().size() == errors);
    }

    static Goods goods(JsonFields fields, JsonNode root) {
        JsonNode node = fields.object(root, "", "goods", false);
        if (node == null) {
            return null;
        }
        int errors = fields.errors().size();
        fields.only(node, "goods", Set.of("categories", "hsChapters", "humanitarianOnly", "vehicles"));
        List<GoodsCategory> categories = fields.list(node, "goods", "categories", true, GoodsCategory::of);
        List<HsCode> chapters = fields.list(node, "goods", "hsChapters", false, HsCode::of);
        Boolean humanitarianOnly = fields.bool(node, "goods", "humanitarianOnly");
        List<VehicleKind> vehicles = fields.list(node, "goods", "vehicles", false, TermsSections::vehicle);
        requireAbsentOrNonEmpty(fields, node, "goods.hsChapters", "hsChapters", "goods of any chapter");
        requireAbsentOrNonEmpty(fields, node, "goods.vehicles", "vehicles", "any vehicle");
        return build(fields, "goods",
                () -> new Goods(categories, chapters, humanitarianOnly, vehicles), fields.errors().size() == errors);
    }

    static Window window(JsonFields fields, JsonNode root, TermsDocument.Reading reading) {
        JsonNode node = fields.object(root, "", "window", true);
        if (node == null) {
            return null;
        }
        fields.only(node, "window", Set.of("from", "until"));
        LocalDate from = fields.value(node, "window", "from", true, text -> reading.day("window.from", text));
        LocalDate until = fields.value(node, "window", "until", false, text -> reading.day("window.until", text));
        return build(fields, "window", () -> new Window(from, until), from != null);
    }

    static Hours hours(JsonFields fields, JsonNode root) {
        JsonNode node = fields.object(root, "", "hours", false);
        if (node == null) {
            return null;
        }
        fields.only(node, "hours", Set.of("from", "until"));
        LocalTime from = fields.value(node, "hours", "from", true, TermsSections::time);
        LocalTime until = fields.value(node, "hours", "until", true, TermsSections::time);
        if (from != null && until != null && !until.isAfter(from)) {
            fields.error("hours.until \"" + until + "\" is not after hours.from \"" + from + "\"");
            return null;
        }
        return build(fields, "hours", () -> new Hours(from, until), from != null && until != null);
    }

    /** A fee; its amount is read in its currency's minor units, so a bad currency leaves the amount unread. */
    static Fee fee(JsonFields fields, JsonNode node, String path, TermsDocument.Reading reading) {
        if (!node.isObject()) {
            fields.error(path + " " + Excerpt.of(node) + " must be an object with \"per\", \"amount\" and"
                    + " \"currency\"");
            return null;
        }
        fields.only(node, path, Set.of("per", "amount", "currency"));
        Fee.Payer per = fields.value(node, path, "per", true, TermsSections::payer);
        Currency currency = fields.value(node, path, "currency", true, code -> Money.currency(path + ".currency", code));
        Money amount = currency == null ? fields.value(node, path, "amount", true, text -> null)
                : fields.value(node, path, "amount", true, text -> reading.money(path + ".amount", text, currency));
        return build(fields, path, () -> new Fee(per, amount), per != null && amount != null);
    }

    /** Builds a section from parts that were read without error, reporting a rule it breaks under {@code path}. */
    static <T> T build(JsonFields fields, String path, Supplier<T> section, boolean partsRead) {
        if (!partsRead) {
            return null;
        }
        try {
            return section.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = String.valueOf(e.getMessage());
            fields.error(message.startsWith(path) ? message : path + ": " + message);
            return null;
        }
    }

    private static void requireAbsentOrNonEmpty(JsonFields fields, JsonNode node, String path, String name,
                                                String meaning) {
        JsonNode list = node.get(name);
        if (list != null && list.isArray() && list.isEmpty()) {
            fields.error(path + " is empty; leave it out to allow " + meaning);
        }
    }

    private static VehicleKind vehicle(String value) {
        for (VehicleKind kind : VehicleKind.values()) {
            if (kind.json().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("is not a vehicle; expected one of "
                + java.util.Arrays.stream(VehicleKind.values()).map(VehicleKind::json).toList());
    }

    private static Fee.Payer payer(String value) {
        for (Fee.Payer payer : Fee.Payer.values()) {
            if (payer.json().equals(value)) {
                return payer;
            }
        }
        throw new IllegalArgumentException("is not one of traveller, consignment, vehicle");
    }

    /** A day as the terms of the log hold it: any ISO 8601 date, as agreements were signed before days were bounded. */
    static LocalDate signedDay(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a date (yyyy-mm-dd)");
        }
    }

    private static LocalTime time(String value) {
        if (!value.matches("\\d\\d:\\d\\d(:\\d\\d)?")) {
            throw new IllegalArgumentException("is not a time of day (hh:mm or hh:mm:ss)");
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a time of day (hh:mm or hh:mm:ss)");
        }
    }
}
