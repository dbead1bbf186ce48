package org.kenmon.regime.yaml;

import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The closed vocabularies regime files are checked against. */
final class Codes {
  private Codes() {}

  static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  static final Set<String> CURRENCIES =
      Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

  /** Issuers that are not countries. */
  static final Set<String> ORGANISATIONS = Set.of("UN", "EU");

  /** Units of volume caps. */
  static final Set<String> UNITS = Set.of("bbl", "t", "kg", "l", "m3", "units");

  /** Periods of caps. */
  static final Set<String> PERIODS = Set.of("year", "12_months", "quarter", "month", "transaction", "period");

  static boolean isCountry(String code) {
    return COUNTRIES.contains(code);
  }

  static <E extends Enum<E>> E lowerCaseConstant(Class<E> type, String code) {
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(code)) {
        return e;
      }
    }
    return null;
  }

  static <E extends Enum<E>> E upperCaseConstant(Class<E> type, String code) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(code)) {
        return e;
      }
    }
    return null;
  }

  static <E extends Enum<E>> String lowerCaseList(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  static <E extends Enum<E>> String upperCaseList(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
