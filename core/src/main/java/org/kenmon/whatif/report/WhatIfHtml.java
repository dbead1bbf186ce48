package org.kenmon.whatif.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kenmon.screen.Finding;
import org.kenmon.screen.Outcome;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.read.Reject;
import org.kenmon.whatif.Comparison;
import org.kenmon.whatif.Comparison.Change;
import org.kenmon.whatif.Group;
import org.kenmon.whatif.WhatIfTally;
import org.kenmon.whatif.WhatIfTally.Dimension;

/**
 * The what-if report as one self-contained, printable HTML page: the agreement and how the run
 * was dated, outcomes without and with the agreement as a chart, totals of what it frees by HS
 * chapter, brand origin, route or crossing and counterparty as charts and tables, and the changed
 * transactions with the measures responsible. Beyond {@value #MAX_ROWS} changed transactions, rows
 * are only counted (the JSON output has them all).
 */
public final class WhatIfHtml implements WhatIfSink {
  static final int MAX_ROWS = 2_000;
  private static final int CHART_BARS = 10;

  private final Writer out;
  private final RunInfo info;
  private final StringBuilder rows = new StringBuilder();
  private long shown;
  private long changed;
  private final Map<Outcome, Long> before = new EnumMap<>(Outcome.class);
  private final Map<Outcome, Long> after = new EnumMap<>(Outcome.class);

  public WhatIfHtml(Writer out, RunInfo info) {
    this.out = out;
    this.info = info;
  }

  @Override
  public void comparison(Comparison c) {
    before.merge(c.before().outcome(), 1L, Long::sum);
    after.merge(c.after().outcome(), 1L, Long::sum);
    if (c.change() == Change.UNCHANGED) {
      return;
    }
    changed++;
    if (shown >= MAX_ROWS) {
      return;
    }
    shown++;
    Transaction t = c.transaction();
    rows.append("<tr><td><b>").append(esc(t.id())).append("</b><br><span class=\"ev\">").append(esc(t.source()))
        .append("</span></td><td>").append(esc(t.type().code())).append("</td><td>").append(t.date())
        .append(t.date().equals(c.judgedOn()) ? "" : "<br><span class=\"ev\">judged " + c.judgedOn() + "</span>")
        .append("</td><td>").append(badge(c.before().outcome())).append(" → ").append(badge(c.after().outcome()))
        .append("<br>").append(esc(c.change().label())).append("</td><td>").append(esc(WhatIfTally.valueOf(t).toString()))
        .append("</td><td>").append(findings("lifted", c.lifted(), f -> f.effect() + " → "
            + (c.effectWith(f) == null ? "gone" : c.effectWith(f))))
        .append(findings("imposed", c.imposed(), f -> f.effect().name()))
        .append(findings("still", c.stillBlocking(), f -> f.effect().name())).append("</td></tr>\n");
  }

  private static String findings(String label, List<Finding> fs, java.util.function.Function<Finding, String> effect) {
    if (fs.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("<div><i>" + label + ":</i> ");
    for (int i = 0; i < fs.size(); i++) {
      Finding f = fs.get(i);
      s.append(i == 0 ? "" : "; ").append("<b>").append(esc(f.measure() == null ? f.reason() : f.measure()))
          .append("</b> (").append(esc(f.issuer())).append(", ").append(esc(effect.apply(f))).append(')');
    }
    return s.append("</div>").toString();
  }

  private static String badge(Outcome o) {
    return "<span class=\"o " + o.name() + "\">" + o.name() + "</span>";
  }

  @Override
  public void reject(Reject r) {
    // Counted in the summary; the records go to the rejects file.
  }

  @Override
  public void finish(WhatIfTally tally, long read, long rejected) throws IOException {
    String title = "What-if: " + info.agreement().title();
    out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title)
        + "</title>\n<style>" + STYLE + "</style></head><body>\n");
    String warning = info.hypotheticalWarning();
    if (warning != null) {
      out.write("<p class=\"warn\">" + esc(warning) + "</p>\n");
    }
    out.write("<h1>" + esc(title) + "</h1>\n<p>Agreement <b>" + esc(info.agreement().id()) + "</b> ("
        + info.agreement().status().code() + "), takes effect " + info.effective() + ".<br>" + esc(info.dating())
        + ".<br>Measures of " + esc(info.issuersText()) + "; lists: " + esc(info.listsText()) + ".<br>Inputs: "
        + esc(String.join(", ", info.inputs())) + "; engine " + esc(info.engine()) + ".</p>\n");
    out.write("<h2>Summary</h2>\n<p>" + read + " records read = " + tally.compared() + " compared + " + rejected
        + " rejected.</p>\n<table><tr><th>change</th><th class=\"n\">transactions</th><th>value</th></tr>\n");
    for (Change ch : Change.values()) {
      out.write("<tr><td>" + esc(ch.label()) + "</td><td class=\"n\">" + tally.count(ch) + "</td><td>"
          + (tally.count(ch) == 0 ? "" : esc(tally.value(ch).toString())) + "</td></tr>\n");
    }
    out.write("</table>\n");
    out.write(outcomeChart());
    for (Change ch : List.of(Change.LAWFUL, Change.NO_LONGER_REPORTABLE, Change.EASED, Change.STILL_BLOCKED)) {
      if (tally.count(ch) > 0) {
        breakdowns(tally, ch);
      }
    }
    out.write("<h2>Transactions the agreement changes (" + changed + ")</h2>\n");
    if (changed == 0) {
      out.write("<p>None.</p>\n");
    } else {
      out.write("<table><tr><th>transaction</th><th>type</th><th>date</th><th>without → with</th><th>value</th>"
          + "<th>measures</th></tr>\n");
      out.write(rows.toString());
      out.write("</table>\n");
      if (changed > shown) {
        out.write("<p>" + (changed - shown) + " more changed transactions are counted above but not listed; "
            + "the JSON output (--format json) lists them all.</p>\n");
      }
    }
    out.write("</body></html>\n");
    out.flush();
  }

  private String outcomeChart() {
    List<List<BarChartSvg.Segment>> rowsOf = new ArrayList<>();
    for (Map<Outcome, Long> side : List.of(before, after)) {
      List<BarChartSvg.Segment> segs = new ArrayList<>();
      for (Outcome o : Outcome.values()) {
        long n = side.getOrDefault(o, 0L);
        segs.add(new BarChartSvg.Segment(o.name(), n, o.name() + ": " + n));
      }
      rowsOf.add(segs);
    }
    StringBuilder legend = new StringBuilder("<p class=\"legend\">");
    for (Outcome o : Outcome.values()) {
      legend.append(badge(o)).append(' ').append(before.getOrDefault(o, 0L)).append(" → ")
          .append(after.getOrDefault(o, 0L)).append(" &nbsp; ");
    }
    return "<h3>Outcomes without and with the agreement</h3>\n"
        + BarChartSvg.stacked("Outcomes without and with the agreement", List.of("without the agreement",
            "with the agreement"), rowsOf) + legend.append("</p>\n");
  }

  private void breakdowns(WhatIfTally tally, Change ch) throws IOException {
    out.write("<h2>" + esc(WhatIfText.capitalized(ch.label())) + ": " + tally.count(ch) + " transactions, "
        + esc(tally.value(ch).toString()) + "</h2>\n");
    for (Dimension d : Dimension.values()) {
      List<Group> groups = tally.breakdown(ch, d);
      if (groups.isEmpty()) {
        continue;
      }
      out.write("<h3>By " + esc(d.label()) + " (" + (d.perGoodsLine() ? "goods lines" : "transactions") + ")</h3>\n");
      List<BarChartSvg.Bar> bars = new ArrayList<>();
      for (Group g : groups.subList(0, Math.min(CHART_BARS, groups.size()))) {
        bars.add(new BarChartSvg.Bar(g.key().label(), g.count(), g.count() + " · " + g.value()));
      }
      out.write(BarChartSvg.bars(WhatIfText.capitalized(ch.label()) + " by " + d.label(), bars));
      if (groups.size() > CHART_BARS) {
        out.write("<p class=\"ev\">" + (groups.size() - CHART_BARS) + " smaller groups not drawn.</p>");
      }
      out.write("\n");
    }
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String STYLE = "body{font:14px/1.45 system-ui,Helvetica,Arial,sans-serif;margin:2em;color:#222;"
      + "max-width:75em}h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}"
      + "h3{font-size:1em;margin:1.1em 0 .3em}.warn{background:#fdebd0;border:2px solid #e67e22;padding:.5em 1em;"
      + "font-weight:bold}.o{font-weight:bold;padding:.05em .45em;border-radius:4px;color:#fff;font-size:.9em}"
      + ".PROHIBITED{background:#c0392b;fill:#c0392b}.LICENCE_REQUIRED{background:#e67e22;fill:#e67e22}"
      + ".REVIEW{background:#8e44ad;fill:#8e44ad}.REPORTABLE{background:#2e86c1;fill:#2e86c1}"
      + ".CLEAR{background:#27ae60;fill:#27ae60}.ev{color:#555;font-size:.9em}table{border-collapse:collapse;"
      + "width:100%}td,th{border-bottom:1px solid #eee;padding:.25em .5em;text-align:left;vertical-align:top;"
      + "font-size:.92em}.n{text-align:right}svg.chart{display:block;margin:.3em 0}svg .l,svg .t{font:12px system-ui,"
      + "sans-serif;fill:#333}svg .b{fill:#2e86c1}tr{page-break-inside:avoid}"
      + "@media print{body{margin:0}.o{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";
}
