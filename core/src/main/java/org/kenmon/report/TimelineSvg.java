package org.kenmon.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.kenmon.regime.Effect;
import org.kenmon.rulebook.Timeline;

/**
 * The timeline as a self-contained SVG: one bar per measure span coloured by effect, thresholds
 * written on the bars, hatching where an exception applies, a dashed outline where a fact is
 * unconfirmed, ticks at renewals, and the key change dates as labelled lines across all rows.
 */
public final class TimelineSvg {
  private static final int LABEL_WIDTH = 420;
  private static final int PLOT_WIDTH = 1000;
  private static final int ROW = 20;
  private static final int TOP = 110;

  private TimelineSvg() {}

  public static String render(Timeline t, LocalDate until, int keyDates, String title) {
    LocalDate start = t.start();
    if (start == null) {
      start = until;
    }
    LocalDate first = LocalDate.of(start.getYear(), 1, 1);
    LocalDate last = LocalDate.of(until.getYear() + 1, 1, 1);
    Scale x = new Scale(first, last);
    int issuers = (int) t.rows().stream().map(Timeline.Row::issuer).distinct().count();
    List<Timeline.ChangePeriod> keys = t.keyPeriods(keyDates, until);
    int legendTop = TOP + (t.rows().size() + issuers) * ROW + 20;
    int height = legendTop + 40 + keys.size() * 16;
    int width = LABEL_WIDTH + PLOT_WIDTH + 30;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
            + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">%n", width, height, width, height));
    s.append("<defs><pattern id=\"exception\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        + "patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" fill=\"white\" fill-opacity=\"0.55\"/>"
        + "</pattern></defs>\n");
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    s.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"22\" font-size=\"16\" font-weight=\"bold\">%s</text>%n",
        escape(title)));
    int plotBottom = legendTop - 10;
    for (int y = first.getYear(); y <= until.getYear(); y++) {
      double px = x.at(LocalDate.of(y, 1, 1));
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e5e5e5\"/>%n",
          px, TOP - 8, px, plotBottom));
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#666\">%d</text>%n", px + 2, TOP - 12, y));
    }
    // Key changes: a numbered marker on a dashed line through every row, explained in a list
    // under the chart (labels at the lines would overlap where changes cluster, as in 2016-2017).
    for (int i = 0; i < keys.size(); i++) {
      Timeline.ChangePeriod k = keys.get(i);
      double px = x.at(k.from());
      int markerY = 48 + (i % 2) * 22;
      s.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#8e44ad\" stroke-width=\"1.2\" "
              + "stroke-dasharray=\"4 3\"/>%n", px, markerY + 9, px, plotBottom));
      s.append(String.format(Locale.ROOT, "<g><title>%s</title><circle cx=\"%.1f\" cy=\"%d\" r=\"9\" fill=\"#8e44ad\"/>"
          + "<text x=\"%.1f\" y=\"%d\" fill=\"white\" font-weight=\"bold\" text-anchor=\"middle\">%d</text></g>%n",
          escape(k.label() + ": " + TimelineText.describe(k)), px, markerY, px, markerY + 4, i + 1));
      int ly = legendTop + 36 + i * 16;
      s.append(String.format(Locale.ROOT, "<circle cx=\"26\" cy=\"%d\" r=\"7\" fill=\"#8e44ad\"/>"
          + "<text x=\"26\" y=\"%d\" fill=\"white\" font-size=\"10\" font-weight=\"bold\" text-anchor=\"middle\">%d</text>"
          + "<text x=\"40\" y=\"%d\">%s</text>%n", ly - 4, ly, i + 1, ly,
          escape(k.label() + ": " + TimelineText.describe(k))));
    }
    int row = 0;
    String issuer = null;
    for (Timeline.Row r : t.rows()) {
      if (!r.issuer().equals(issuer)) {
        issuer = r.issuer();
        int y = TOP + row * ROW;
        s.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-size=\"13\" font-weight=\"bold\">%s</text>%n",
            y + 14, escape(issuer)));
        row++;
      }
      int y = TOP + row * ROW;
      s.append(String.format(Locale.ROOT, "<text x=\"18\" y=\"%d\"><title>%s</title>%s</text>%n", y + 14,
          escape(r.title()), escape(shorten(r.id() + "  " + r.title(), 64))));
      for (Timeline.Span span : r.spans()) {
        bar(s, x, y, r, span, last);
      }
      row++;
    }
    legend(s, legendTop);
    s.append("</svg>\n");
    return s.toString();
  }

  private static void bar(StringBuilder s, Scale x, int y, Timeline.Row r, Timeline.Span span, LocalDate last) {
    double x0 = x.at(span.from());
    double x1 = x.at(span.to() == null ? last : span.to().plusDays(1));
    double w = Math.max(1.5, x1 - x0 - 0.8);
    String tooltip = r.id() + ": " + span.from() + " to " + (span.to() == null ? "(open)" : span.to())
        + (span.thresholds().isEmpty() ? "" : ", " + span.thresholds())
        + (span.exceptions().isEmpty() ? "" : ", exceptions: " + String.join(", ", span.exceptions()))
        + (span.unconfirmed() ? ", has UNCONFIRMED facts" : "");
    s.append(String.format(Locale.ROOT, "<g><title>%s</title>", escape(tooltip)));
    s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\" fill=\"%s\"%s/>",
        x0, y + 3, w, ROW - 6, colour(span.effect()),
        span.unconfirmed() ? " stroke=\"#333\" stroke-width=\"1\" stroke-dasharray=\"3 2\"" : ""));
    if (!span.exceptions().isEmpty()) {
      s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"url(#exception)\"/>",
          x0, y + 3, w, ROW - 6));
    }
    for (LocalDate renewal : span.renewals()) {
      double rx = x.at(renewal);
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"white\"/>",
          rx, y + 3, rx, y + ROW - 3));
    }
    String label = compact(span.thresholds());
    if (!label.isEmpty() && w > label.length() * 6 + 4) {
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"white\" font-size=\"10\">%s</text>",
          x0 + 3, y + ROW - 6, escape(label)));
    }
    s.append("</g>\n");
  }

  private static void legend(StringBuilder s, int y) {
    int px = 18;
    for (Effect e : List.of(Effect.PROHIBITED, Effect.LICENCE_REQUIRED, Effect.REPORTABLE, Effect.ADVISORY)) {
      s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"12\" fill=\"%s\"/>", px, y,
          colour(e)));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", px + 18, y + 10, e.code()));
      px += 150;
    }
    s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"12\" fill=\"#777\"/>"
        + "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"12\" fill=\"url(#exception)\"/>", px, y, px, y));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">exception in force</text>%n", px + 18, y + 10));
    px += 150;
    s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"12\" fill=\"#777\" stroke=\"#333\" "
        + "stroke-dasharray=\"3 2\"/>", px, y));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">has unconfirmed facts</text>%n", px + 18, y + 10));
  }

  static String colour(Effect e) {
    switch (e) {
      case PROHIBITED:
        return "#c0392b";
      case LICENCE_REQUIRED:
        return "#e67e22";
      case REPORTABLE:
        return "#2e86c1";
      default:
        return "#95a5a6";
    }
  }

  /** "> JPY 3,000,000" becomes "¥3m": bars are narrow. */
  static String compact(String thresholds) {
    if (thresholds.isEmpty()) {
      return "";
    }
    String first = thresholds.split(";")[0].trim();
    String[] words = first.split(" ");
    if (words.length >= 3 && words[1].length() == 3 && words[1].chars().allMatch(Character::isUpperCase)) {
      String symbol = words[1].equals("JPY") ? "¥" : words[1].equals("USD") ? "$" : words[1] + " ";
      return symbol + magnitude(words[2]);
    }
    if (words.length >= 3) {
      return magnitude(words[1]) + " " + words[2];
    }
    return first;
  }

  private static String magnitude(String number) {
    try {
      BigDecimal v = new BigDecimal(number.replace(",", ""));
      if (v.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
        return v.divide(BigDecimal.valueOf(1_000_000)).stripTrailingZeros().toPlainString() + "m";
      }
      if (v.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
        return v.divide(BigDecimal.valueOf(1_000)).stripTrailingZeros().toPlainString() + "k";
      }
      return v.toPlainString();
    } catch (NumberFormatException | ArithmeticException e) {
      return number;
    }
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Days to pixels. */
  private static final class Scale {
    private final LocalDate first;
    private final double perDay;

    Scale(LocalDate first, LocalDate last) {
      this.first = first;
      this.perDay = (double) PLOT_WIDTH / ChronoUnit.DAYS.between(first, last);
    }

    double at(LocalDate date) {
      return LABEL_WIDTH + ChronoUnit.DAYS.between(first, date) * perDay;
    }
  }
}
