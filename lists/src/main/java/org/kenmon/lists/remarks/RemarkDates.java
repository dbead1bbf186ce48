package org.kenmon.lists.remarks;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kenmon.entity.BirthDate;
import org.kenmon.lists.internal.BirthDates;

/**
 * Reads the date part of an OFAC-style {@code DOB} clause: {@code 12 Mar 1963}, {@code Mar 1963},
 * {@code 1960}, {@code circa 1958}, {@code circa 1966-1967}, {@code 01 Jan 1955 to 31 Dec 1958}.
 */
final class RemarkDates {
  private static final String DATE = "(?:(\\d{1,2})\\s+)?(?:([A-Za-z]{3})[a-z]*\\.?\\s+)?(\\d{4})";
  private static final Pattern SINGLE = Pattern.compile("(circa\\s+)?" + DATE);
  private static final Pattern RANGE = Pattern.compile("(circa\\s+)?" + DATE + "\\s*(?:to|-)\\s*" + DATE);
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private RemarkDates() {}

  /** The date, or null when the text is not one of the accepted forms or not a real date. */
  static BirthDate parse(String text) {
    String t = text.strip();
    try {
      Matcher m = RANGE.matcher(t);
      if (m.matches()) {
        int fromYear = Integer.parseInt(m.group(4));
        int toYear = Integer.parseInt(m.group(7));
        if (m.group(1) != null) {
          return BirthDates.circa(Math.min(fromYear, toYear), Math.max(fromYear, toYear));
        }
        check(m.group(2), m.group(3), fromYear);
        check(m.group(5), m.group(6), toYear);
        return BirthDates.range(fromYear, month(m.group(3)), toYear, month(m.group(6)));
      }
      m = SINGLE.matcher(t);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(4));
        if (m.group(1) != null) {
          return BirthDates.circa(year);
        }
        int month = month(m.group(3));
        int day = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        check(m.group(2), m.group(3), year);
        return new BirthDate(year, year, month, day);
      }
    } catch (IllegalArgumentException | DateTimeException e) {
      return null;
    }
    return null;
  }

  private static int month(String name) {
    if (name == null) {
      return 0;
    }
    int i = MONTHS.indexOf(name.toLowerCase(Locale.ROOT));
    if (i < 0) {
      throw new IllegalArgumentException("not a month: " + name);
    }
    return i + 1;
  }

  /** Rejects a day without a month and days that do not exist (31 Feb). */
  private static void check(String day, String month, int year) {
    if (day != null && month == null) {
      throw new IllegalArgumentException("day without month");
    }
    if (day != null) {
      LocalDate.of(year, month(month), Integer.parseInt(day));
    }
  }
}
