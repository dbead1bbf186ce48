package org.kenmon.money;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.kenmon.problems.Problem;

/**
 * Exchange rates given by the user, never fetched: with each transaction ({@code "rates":
 * {"USD/JPY": 101.5}}; a bare {@code "USD": 101.5} means JPY per USD, since Japan's thresholds are
 * in yen) or in a rates file ({@code date,base,quote,rate}: one {@code base} is {@code rate}
 * {@code quote}). A file rate applies on its date and, for weekends and holidays, up to {@value
 * #MAX_AGE_DAYS} days after; the evidence names the rate and its date. Immutable.
 */
public final class ExchangeRates {
  /** How many days a file rate may be older than the transaction. */
  public static final int MAX_AGE_DAYS = 7;

  private final Map<String, NavigableMap<LocalDate, BigDecimal>> byPair;

  private ExchangeRates(Map<String, NavigableMap<LocalDate, BigDecimal>> byPair) {
    this.byPair = byPair;
  }

  public static final ExchangeRates NONE = new ExchangeRates(Map.of());

  /** What reading a rates file gave: the rates and the problems of rows that were left out. */
  public record ReadResult(ExchangeRates rates, List<Problem> problems) {}

  /** Reads a {@code date,base,quote,rate} CSV; bad rows are reported with file, line and field. */
  public static ReadResult read(String file, Reader in) throws IOException {
    BufferedReader r = new BufferedReader(in);
    Map<String, NavigableMap<LocalDate, BigDecimal>> pairs = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    String header = r.readLine();
    if (header == null || !header.trim().equalsIgnoreCase("date,base,quote,rate")) {
      problems.add(new Problem(Problem.Severity.ERROR, file, 1, 1, "header",
          "expected the header date,base,quote,rate"));
      return new ReadResult(NONE, problems);
    }
    String text;
    int line = 1;
    while ((text = r.readLine()) != null) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      String[] f = text.split(",", -1);
      if (f.length != 4) {
        problems.add(new Problem(Problem.Severity.ERROR, file, line, 0, "", "expected 4 fields, found " + f.length));
        continue;
      }
      LocalDate date;
      try {
        date = LocalDate.parse(f[0].trim());
      } catch (DateTimeParseException e) {
        problems.add(new Problem(Problem.Severity.ERROR, file, line, 1, "date", "\"" + f[0] + "\" is not a date"));
        continue;
      }
      String base = f[1].trim().toUpperCase(Locale.ROOT);
      String quote = f[2].trim().toUpperCase(Locale.ROOT);
      if (!isCurrency(base) || !isCurrency(quote)) {
        problems.add(new Problem(Problem.Severity.ERROR, file, line, 0, isCurrency(base) ? "quote" : "base",
            "not an ISO 4217 currency code"));
        continue;
      }
      BigDecimal rate;
      try {
        rate = new BigDecimal(f[3].trim());
      } catch (NumberFormatException e) {
        rate = null;
      }
      if (rate == null || rate.signum() <= 0) {
        problems.add(new Problem(Problem.Severity.ERROR, file, line, 0, "rate", "\"" + f[3] + "\" is not a positive number"));
        continue;
      }
      pairs.computeIfAbsent(base + "/" + quote, k -> new TreeMap<>()).put(date, rate);
    }
    return new ReadResult(new ExchangeRates(pairs), problems);
  }

  private static boolean isCurrency(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Converts an amount into {@code to}, using first the transaction's own rates, then this
   * table. Empty when no rate is known: the caller must then say so, never guess.
   */
  public Optional<Conversion> convert(BigDecimal amount, String from, String to, LocalDate date,
      Map<String, BigDecimal> transactionRates) {
    if (from.equals(to)) {
      return Optional.of(new Conversion(amount, to, "same currency"));
    }
    BigDecimal direct = transactionRate(transactionRates, from, to);
    if (direct != null) {
      return Optional.of(new Conversion(amount.multiply(direct), to,
          "1 " + from + " = " + direct.toPlainString() + " " + to + " (given with the transaction)"));
    }
    BigDecimal inverse = transactionRate(transactionRates, to, from);
    if (inverse != null) {
      return Optional.of(new Conversion(amount.divide(inverse, MathContext.DECIMAL64), to,
          "1 " + to + " = " + inverse.toPlainString() + " " + from + " (given with the transaction)"));
    }
    Optional<Map.Entry<LocalDate, BigDecimal>> file = fileRate(from + "/" + to, date);
    if (file.isPresent()) {
      BigDecimal r = file.get().getValue();
      return Optional.of(new Conversion(amount.multiply(r), to,
          "1 " + from + " = " + r.toPlainString() + " " + to + " (rates file, " + file.get().getKey() + ")"));
    }
    Optional<Map.Entry<LocalDate, BigDecimal>> fileInverse = fileRate(to + "/" + from, date);
    if (fileInverse.isPresent()) {
      BigDecimal r = fileInverse.get().getValue();
      return Optional.of(new Conversion(amount.divide(r, MathContext.DECIMAL64), to,
          "1 " + to + " = " + r.toPlainString() + " " + from + " (rates file, " + fileInverse.get().getKey() + ")"));
    }
    return Optional.empty();
  }

  private static BigDecimal transactionRate(Map<String, BigDecimal> rates, String from, String to) {
    BigDecimal r = rates.get(from + "/" + to);
    if (r == null && to.equals("JPY")) {
      r = rates.get(from);
    }
    return r;
  }

  private Optional<Map.Entry<LocalDate, BigDecimal>> fileRate(String pair, LocalDate date) {
    NavigableMap<LocalDate, BigDecimal> series = byPair.get(pair);
    if (series == null) {
      return Optional.empty();
    }
    Map.Entry<LocalDate, BigDecimal> e = series.floorEntry(date);
    if (e == null || e.getKey().isBefore(date.minusDays(MAX_AGE_DAYS))) {
      return Optional.empty();
    }
    return Optional.of(e);
  }

  public boolean isEmpty() {
    return byPair.isEmpty();
  }
}
