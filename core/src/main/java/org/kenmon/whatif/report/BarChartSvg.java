package org.kenmon.whatif.report;

import java.util.List;
import java.util.Locale;

/**
 * Small inline SVG charts for the HTML report, drawn by hand so that the report is one
 * self-contained file that prints well (no script, no library).
 */
final class BarChartSvg {
  private BarChartSvg() {}

  /** One bar: its label, length and the text written after it. */
  record Bar(String label, double value, String text) {}

  /** One segment of a stacked bar: its CSS class (colour), count and title. */
  record Segment(String cssClass, long count, String title) {}

  private static final int LABEL_WIDTH = 300;
  private static final int BAR_WIDTH = 330;
  private static final int ROW = 22;

  /** Horizontal bars, longest first as given, scaled to the largest. */
  static String bars(String title, List<Bar> bars) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
    int height = ROW * bars.size() + 6;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"100%%\" "
        + "style=\"max-width:%dpx\"><title>%s</title>", LABEL_WIDTH + BAR_WIDTH + 260, height,
        LABEL_WIDTH + BAR_WIDTH + 260, WhatIfHtml.esc(title)));
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = i * ROW + 3;
      double w = max <= 0 ? 0 : Math.max(2, BAR_WIDTH * b.value() / max);
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"l\">%s</text>",
          LABEL_WIDTH - 6, y + 15, WhatIfHtml.esc(WhatIfText.clip(b.label(), 48))));
      s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" class=\"b\"/>",
          LABEL_WIDTH, y + 2, w));
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"t\">%s</text>", LABEL_WIDTH + w + 6,
          y + 15, WhatIfHtml.esc(b.text())));
    }
    return s.append("</svg>").toString();
  }

  /** Stacked bars of the same total, one per row (outcomes without and with the agreement). */
  static String stacked(String title, List<String> rowLabels, List<List<Segment>> rows) {
    int width = LABEL_WIDTH + BAR_WIDTH + 260;
    int height = ROW * rows.size() + 6;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"100%%\" "
        + "style=\"max-width:%dpx\"><title>%s</title>", width, height, width, WhatIfHtml.esc(title)));
    int span = BAR_WIDTH + 200;
    for (int r = 0; r < rows.size(); r++) {
      int y = r * ROW + 3;
      long total = rows.get(r).stream().mapToLong(Segment::count).sum();
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"l\">%s</text>",
          LABEL_WIDTH - 6, y + 15, WhatIfHtml.esc(rowLabels.get(r))));
      double x = LABEL_WIDTH;
      for (Segment seg : rows.get(r)) {
        if (seg.count() == 0 || total == 0) {
          continue;
        }
        double w = span * (double) seg.count() / total;
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" class=\"%s\">"
            + "<title>%s</title></rect>", x, y + 2, w, seg.cssClass(), WhatIfHtml.esc(seg.title())));
        x += w;
      }
    }
    return s.append("</svg>").toString();
  }
}
