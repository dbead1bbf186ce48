package org.kenmon.lists.internal;

import org.kenmon.entity.BirthDate;

/** How Kenmon reads the vague dates of birth that lists publish. */
public final class BirthDates {
  /**
   * "circa 1958" and UN "APPROXIMATELY 1958" become 1957-1959. A circa year is a guess, and a
   * guess read as exact would make a person born the year before look like a conflict, which
   * could hide a true match; one year either side is the smallest widening that avoids it.
   */
  public static final int CIRCA_YEARS = 1;

  private BirthDates() {}

  public static BirthDate circa(int year) {
    return BirthDate.between(year - CIRCA_YEARS, year + CIRCA_YEARS);
  }

  public static BirthDate circa(int from, int to) {
    return BirthDate.between(from - CIRCA_YEARS, to + CIRCA_YEARS);
  }

  /**
   * A range of dates: {@code 01 Jan 1955 to 31 Dec 1958} keeps only the years, since the model
   * has no day ranges; a range inside one month keeps the month.
   *
   * @param fromMonth 0 when unknown
   * @param toMonth 0 when unknown
   */
  public static BirthDate range(int fromYear, int fromMonth, int toYear, int toMonth) {
    if (fromYear == toYear) {
      boolean sameMonth = fromMonth > 0 && fromMonth == toMonth;
      return new BirthDate(fromYear, fromYear, sameMonth ? fromMonth : 0, 0);
    }
    return BirthDate.between(Math.min(fromYear, toYear), Math.max(fromYear, toYear));
  }
}
