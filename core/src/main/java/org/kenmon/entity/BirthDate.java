package org.kenmon.entity;

import java.time.LocalDate;

/**
 * A date of birth as lists publish it: an exact day, a month, a year, or a range of years
 * ("circa 1960", "between 1955 and 1958"). Month and day are 0 when unknown.
 */
public record BirthDate(int fromYear, int toYear, int month, int day) {

  public BirthDate {
    if (fromYear < 1800 || toYear > 2200 || toYear < fromYear) {
      throw new IllegalArgumentException("implausible birth years " + fromYear + "-" + toYear);
    }
    if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
      throw new IllegalArgumentException("implausible birth date " + fromYear + "-" + month + "-" + day);
    }
  }

  public static BirthDate of(LocalDate date) {
    return new BirthDate(date.getYear(), date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  public static BirthDate year(int year) {
    return new BirthDate(year, year, 0, 0);
  }

  public static BirthDate between(int from, int to) {
    return new BirthDate(from, to, 0, 0);
  }

  /**
   * Parses {@code 1960}, {@code 1960-03}, {@code 1960-03-21} or {@code 1955-1958}.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static BirthDate parse(String text) {
    String t = text.trim();
    try {
      if (t.matches("\\d{4}")) {
        return year(Integer.parseInt(t));
      }
      if (t.matches("\\d{4}-\\d{4}")) {
        return between(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        return new BirthDate(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(0, 4)),
            Integer.parseInt(t.substring(5)), 0);
      }
      return of(LocalDate.parse(t));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a date of birth (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-YYYY)", e);
    }
  }

  public boolean isExactDay() {
    return fromYear == toYear && day > 0;
  }

  /**
   * How two dates of birth relate: the same day, compatible (one is less precise but inside the
   * other), or in conflict.
   */
  public Agreement compare(BirthDate other) {
    if (other.toYear < fromYear || other.fromYear > toYear) {
      return Agreement.CONFLICT;
    }
    if (month > 0 && other.month > 0 && month != other.month && fromYear == toYear && other.fromYear == other.toYear) {
      return Agreement.CONFLICT;
    }
    if (day > 0 && other.day > 0 && month == other.month && day != other.day) {
      return Agreement.CONFLICT;
    }
    if (isExactDay() && other.isExactDay()) {
      return Agreement.SAME;
    }
    return Agreement.COMPATIBLE;
  }

  /** The result of comparing two dates of birth. */
  public enum Agreement {
    SAME,
    COMPATIBLE,
    CONFLICT
  }

  @Override
  public String toString() {
    if (fromYear != toYear) {
      return fromYear + "-" + toYear;
    }
    if (month == 0) {
      return Integer.toString(fromYear);
    }
    return day == 0 ? String.format("%04d-%02d", fromYear, month) : String.format("%04d-%02d-%02d", fromYear, month, day);
  }
}
