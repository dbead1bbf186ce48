package org.kenmon.transaction.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.kenmon.hs.HsCode;

/**
 * Field checks shared by the transaction readers. Each check records a problem with the field's
 * path and returns null, so that one pass finds every problem of a record.
 */
final class RecordChecks {
  static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  static final Set<String> CURRENCIES =
      Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
  /** Dates before this are surely typos for a sanctions screening. */
  static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  final List<Reject.FieldProblem> problems = new ArrayList<>();

  void problem(String field, String message) {
    problems.add(new Reject.FieldProblem(field, message));
  }

  boolean ok() {
    return problems.isEmpty();
  }

  LocalDate date(String field, String text, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        problem(field, "required; give an ISO date such as 2014-07-05");
      }
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(text.trim());
      if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
        problem(field, "\"" + text + "\" is outside " + EARLIEST + ".." + LATEST);
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      problem(field, "\"" + text + "\" is not a date (expected YYYY-MM-DD)");
      return null;
    }
  }

  String country(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String c = text.trim().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(c)) {
      problem(field, "\"" + text + "\" is not an ISO 3166 alpha-2 country code");
      return null;
    }
    return c;
  }

  String currency(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String c = text.trim().toUpperCase(Locale.ROOT);
    if (!CURRENCIES.contains(c)) {
      problem(field, "\"" + text + "\" is not an ISO 4217 currency code");
      return null;
    }
    return c;
  }

  /** A non-negative amount; {@code positive} also refuses zero. */
  /**
   * The largest amount or value accepted: 10^15, above any real payment in any currency (a
   * trillion yen is 10^12) and far below where a typo or an attack begins.
   */
  static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);

  BigDecimal amount(String field, BigDecimal value, boolean positive) {
    if (value == null) {
      return null;
    }
    if (value.signum() < 0 || positive && value.signum() == 0) {
      problem(field, "must be " + (positive ? "positive" : "zero or more") + ", got " + value.toPlainString());
      return null;
    }
    if (value.compareTo(MAX_AMOUNT) > 0) {
      problem(field, value.precision() - value.scale() > 40 ? "is absurdly large (" + value.toEngineeringString() + ")"
          : value.toPlainString() + " is over the limit of " + MAX_AMOUNT.toPlainString() + " (RecordChecks.MAX_AMOUNT)");
      return null;
    }
    return value;
  }

  HsCode hs(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return HsCode.parse(text.trim());
    } catch (IllegalArgumentException e) {
      problem(field, e.getMessage());
      return null;
    }
  }

  /** An IMO ship number: seven digits whose last is the check digit (weights 7..2). */
  String imo(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String digits = text.trim().toUpperCase(Locale.ROOT).replaceFirst("^IMO\\s*", "");
    if (!isValidImo(digits)) {
      problem(field, "\"" + text + "\" is not a valid IMO number (7 digits, last one the check digit)");
      return null;
    }
    return digits;
  }

  static boolean isValidImo(String digits) {
    if (digits.length() != 7 || !digits.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 6; i++) {
      sum += (digits.charAt(i) - '0') * (7 - i);
    }
    return sum % 10 == digits.charAt(6) - '0';
  }
}
