package org.kenmon.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.kenmon.regime.Effect;
import org.kenmon.rulebook.Timeline;

/**
 * The timeline as text: one row per measure, one column per quarter, shaded by effect, with the
 * key change dates marked above the axis and listed below.
 */
public final class TimelineText {
  private static final int LABEL = 46;
  private static final int PER_YEAR = 4;

  private TimelineText() {}

  /** Renders from the first measure's year to {@code until}'s year. */
  public static String render(Timeline t, LocalDate until, int keyDates) {
    LocalDate start = t.start();
    if (start == null) {
      return "No measures.\n";
    }
    int firstYear = start.getYear();
    int lastYear = until.getYear();
    int width = (lastYear - firstYear + 1) * PER_YEAR;
    List<Timeline.ChangePeriod> keys = t.keyPeriods(keyDates, until);
    StringBuilder s = new StringBuilder();
    s.append("Measures over time, ").append(firstYear).append("–").append(lastYear)
        .append(" (one column a quarter; █ prohibited, ▓ licence required, ▒ reportable, ░ advisory; ")
        .append("▼ key change dates)\n\n");
    char[] marks = blank(width);
    for (Timeline.ChangePeriod k : keys) {
      int c = column(k.from(), firstYear);
      if (c >= 0 && c < width) {
        marks[c] = '▼';
      }
    }
    s.append(pad("", LABEL)).append(new String(marks).stripTrailing()).append('\n');
    char[] axis = blank(width);
    for (int y = firstYear; y <= lastYear; y += 2) {
      String label = Integer.toString(y);
      int c = (y - firstYear) * PER_YEAR;
      for (int i = 0; i < label.length() && c + i < width; i++) {
        axis[c + i] = label.charAt(i);
      }
    }
    s.append(pad("", LABEL)).append(new String(axis).stripTrailing()).append('\n');
    String issuer = null;
    for (Timeline.Row row : t.rows()) {
      if (!row.issuer().equals(issuer)) {
        issuer = row.issuer();
        s.append(pad(issuer, LABEL)).append('\n');
      }
      char[] bar = blank(width);
      for (Timeline.Span span : row.spans()) {
        int from = Math.max(0, column(span.from(), firstYear));
        int to = span.to() == null ? width - 1 : Math.min(width - 1, column(span.to(), firstYear));
        for (int c = from; c <= to; c++) {
          bar[c] = shade(span.effect());
        }
      }
      s.append(pad("  " + row.id(), LABEL)).append(new String(bar).stripTrailing()).append('\n');
    }
    s.append("\nKey changes:\n");
    for (Timeline.ChangePeriod k : keys) {
      s.append("  ▼ ").append(k.label()).append("  ").append(describe(k)).append('\n');
    }
    return s.toString();
  }

  static String describe(Timeline.ChangePeriod k) {
    StringBuilder s = new StringBuilder();
    append(s, k.added(), "came into force");
    append(s, k.removed(), "ended");
    append(s, k.changed(), "amended");
    return s.toString();
  }

  private static void append(StringBuilder s, int n, String what) {
    if (n > 0) {
      s.append(s.length() == 0 ? "" : ", ").append(n).append(n == 1 ? " measure " : " measures ").append(what);
    }
  }

  private static int column(LocalDate date, int firstYear) {
    return (date.getYear() - firstYear) * PER_YEAR + (date.getMonthValue() - 1) / 3;
  }

  private static char shade(Effect e) {
    switch (e) {
      case PROHIBITED:
        return '█';
      case LICENCE_REQUIRED:
        return '▓';
      case REPORTABLE:
        return '▒';
      default:
        return '░';
    }
  }

  private static char[] blank(int width) {
    char[] c = new char[width];
    Arrays.fill(c, ' ');
    return c;
  }

  private static String pad(String s, int width) {
    if (s.length() >= width) {
      return s.substring(0, width - 1) + " ";
    }
    return s + " ".repeat(width - s.length());
  }
}
