package org.crossings.server.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in an ISO 4217 currency, in its one normal form: exactly as many decimals as the currency has
 * minor units ({@link Currency#getDefaultFractionDigits()}: 2 for EUR and USD, 0 for JPY, 3 for KWD), so that
 * {@code "5"}, {@code "5.0"} and {@code "5.00"} euros are one amount, written and signed as {@code "5.00"}.
 *
 * <p>From a request an amount is read strictly from its text, before any {@link BigDecimal} is made of it
 * ({@link #parse}): plain decimal digits, at most {@value #MAX_INTEGER_DIGITS} before the point and at most the
 * currency's minor units after it; no sign, exponent, spaces or leading zeros. The bound on digits is a rule of
 * reading, not of this record, because agreements signed before it may hold longer amounts, and every party must still
 * read them from the log ({@link #ofStored}).
 *
 * @param amount   not negative, with the currency's minor units as its scale
 * @param currency a currency with minor units (not a pseudo-currency such as XAU or XXX)
 */
public record Money(BigDecimal amount, Currency currency) {

    /** The most digits an amount read from a request has before its point: up to 999 999 999 999. */
    public static final int MAX_INTEGER_DIGITS = 12;

    private static final Pattern PLAIN = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final Pattern STORED = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int minor = minorUnits("currency", currency);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount " + Excerpt.of(amount.toString()) + " is negative");
        }
        if (amount.scale() != minor) {
            throw new IllegalArgumentException("amount " + Excerpt.of(amount.toString()) + " must have exactly "
                    + minor + " decimals, as " + currency + " has");
        }
    }

    /**
     * The amount a request gives as text, in normal form.
     *
     * @param field the field's name or path, for the error ({@code feeCollected.amount})
     * @throws IllegalArgumentException {@code field "value": why}, quoting at most {@value Excerpt#LENGTH} characters
     */
    public static Money parse(String field, String amount, Currency currency) {
        Objects.requireNonNull(amount, field);
        int minor = minorUnits("currency", currency);
        if (amount.length() > MAX_INTEGER_DIGITS + 1 + minor || !PLAIN.matcher(amount).matches()) {
            throw new IllegalArgumentException(field + " " + Excerpt.of(amount) + " is not a plain decimal amount"
                    + " such as \"5.00\": at most " + MAX_INTEGER_DIGITS + " digits, a point and at most " + minor
                    + " decimals for " + currency + "; no sign, exponent, spaces or leading zeros");
        }
        int point = amount.indexOf('.');
        if (point >= 0 && amount.length() - point - 1 > minor) {
            throw new IllegalArgumentException(field + " " + Excerpt.of(amount) + " has more decimals than the "
                    + minor + " of " + currency);
        }
        if ((point < 0 ? amount.length() : point) > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(field + " " + Excerpt.of(amount) + " has more than "
                    + MAX_INTEGER_DIGITS + " digits before the point");
        }
        return new Money(new BigDecimal(amount).setScale(minor, RoundingMode.UNNECESSARY), currency);
    }

    /**
     * An amount as entries of the log hold it: digits, and exactly the currency's minor units after a point, as
     * agreements were signed before {@link #parse} bounded the digits. Only for reading what is stored.
     */
    public static Money ofStored(String amount, Currency currency) {
        if (!STORED.matcher(amount).matches()) {
            throw new IllegalArgumentException("amount " + Excerpt.of(amount) + " is not a decimal amount such as"
                    + " \"10.00\"");
        }
        return new Money(new BigDecimal(amount), currency);
    }

    /**
     * The ISO 4217 currency with this three-letter code, if it has minor units.
     *
     * @throws IllegalArgumentException {@code field "value": why}
     */
    public static Currency currency(String field, String code) {
        Objects.requireNonNull(code, field);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(field + " " + Excerpt.of(code) + " is not an ISO 4217 currency code"
                    + " (three capital letters, such as \"EUR\")");
        }
        try {
            Currency currency = Currency.getInstance(code);
            minorUnits(field, currency);
            return currency;
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(field + " " + Excerpt.of(code) + " is not an ISO 4217 currency code"
                    + " with minor units", unknown);
        }
    }

    /** Whether this is no money at all. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** The amount as the API and the log write it: {@code "5.00"}. */
    public String text() {
        return amount.toPlainString();
    }

    /** {@code 5.00 USD}. */
    @Override
    public String toString() {
        return text() + " " + currency.getCurrencyCode();
    }

    private static int minorUnits(String field, Currency currency) {
        Objects.requireNonNull(currency, field);
        int minor = currency.getDefaultFractionDigits();
        if (minor < 0) {
            throw new IllegalArgumentException(field + " \"" + currency.getCurrencyCode() + "\" has no minor units:"
                    + " it is not money a fee is paid in");
        }
        return minor;
    }
}
