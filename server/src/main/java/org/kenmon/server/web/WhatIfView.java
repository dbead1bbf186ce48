package org.kenmon.server.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kenmon.screen.Finding;
import org.kenmon.server.api.WhatIfApi;
import org.kenmon.whatif.Amounts;
import org.kenmon.whatif.Comparison;
import org.kenmon.whatif.Group;
import org.kenmon.whatif.WhatIfTally;

/**
 * A what-if result as HTML: how many transactions each kind of change touches (a bar chart), what
 * becomes lawful and its value broken down by HS chapter, brand origin, route or crossing and
 * counterparty (bar charts), and every changed transaction with the measures lifted and those that
 * still block it. Charts are HTML bars sized on the server: they read without JavaScript and print.
 */
final class WhatIfView {
  private WhatIfView() {}

  static String render(WhatIfApi.Result r) {
    WhatIfTally t = r.tally();
    StringBuilder b = new StringBuilder("<section class=\"card\" id=\"whatif-result\" aria-labelledby=\"wi-h\">")
        .append("<h2 id=\"wi-h\">What-if: ").append(t.compared()).append(" transactions compared</h2><p>")
        .append(Html.esc(r.info().dating())).append(".</p>");
    String warning = r.info().hypotheticalWarning();
    if (warning != null) {
      b.append(Layout.alert("warn", warning));
    }
    long max = 1;
    for (Comparison.Change ch : Comparison.Change.values()) {
      max = Math.max(max, t.count(ch));
    }
    b.append("<table class=\"bars\" id=\"whatif-counts\"><caption>Transactions by what the agreement does to them")
        .append("</caption><tbody>");
    for (Comparison.Change ch : Comparison.Change.values()) {
      b.append(bar(ch.label(), t.count(ch), max, ch == Comparison.Change.LAWFUL ? "lawful"
          : ch == Comparison.Change.STILL_BLOCKED || ch == Comparison.Change.TIGHTENED ? "still" : "unchanged",
          value(t.value(ch))));
    }
    b.append("</tbody></table>");
    if (t.count(Comparison.Change.LAWFUL) > 0) {
      b.append("<h3>What becomes lawful: ").append(t.count(Comparison.Change.LAWFUL)).append(" transactions, ")
          .append(Html.esc(value(t.value(Comparison.Change.LAWFUL)))).append("</h3><div class=\"breakdowns\">");
      for (WhatIfTally.Dimension d : WhatIfTally.Dimension.values()) {
        List<Group> groups = t.breakdown(Comparison.Change.LAWFUL, d);
        if (groups.isEmpty()) {
          continue;
        }
        long gmax = groups.stream().mapToLong(Group::count).max().orElse(1);
        b.append("<table class=\"bars\"><caption>By ").append(Html.esc(d.label()))
            .append(d.perGoodsLine() ? " (goods lines)" : "").append("</caption><tbody>");
        groups.stream().limit(12).forEach(g -> b.append(bar(g.key().label(), g.count(), gmax, "lawful",
            value(g.value()))));
        b.append("</tbody></table>");
      }
      b.append("</div>");
    } else {
      b.append("<p><strong>Nothing becomes lawful.</strong></p>");
    }
    if (!r.changed().isEmpty()) {
      b.append("<table class=\"grid\" id=\"whatif-changes\"><caption>Transactions whose outcome or measures change")
          .append("</caption><thead><tr><th scope=\"col\">Transaction</th><th scope=\"col\">Judged on</th>")
          .append("<th scope=\"col\">Without</th><th scope=\"col\">With</th><th scope=\"col\">Measures lifted</th>")
          .append("<th scope=\"col\">Still blocking</th></tr></thead><tbody>");
      for (Comparison c : r.changed()) {
        b.append("<tr><td><strong>").append(Html.esc(c.transaction().id())).append("</strong> ")
            .append(Html.esc(c.transaction().type().code().replace('_', ' '))).append("<br><span class=\"muted small\">")
            .append(Html.esc(c.change().label())).append("</span></td><td>").append(c.judgedOn()).append("</td><td>")
            .append(Html.outcome(c.before().outcome().name())).append("</td><td>")
            .append(Html.outcome(c.after().outcome().name())).append("</td><td>").append(measures(c.lifted()))
            .append("</td><td>").append(measures(c.stillBlocking())).append("</td></tr>");
      }
      b.append("</tbody></table>");
    }
    return b.append("</section>").toString();
  }

  private static String bar(String label, long n, long max, String cls, String value) {
    return "<tr><th scope=\"row\">" + Html.esc(label) + "</th><td><span class=\"bar " + cls + "\" style=\"width:"
        + (n == 0 ? 0 : Math.max(1, 100 * n / max)) + "%\"></span></td><td class=\"num\">" + n
        + (value.isEmpty() ? "" : "<br><span class=\"muted small\">" + Html.esc(value) + "</span>") + "</td></tr>";
  }

  private static String measures(List<Finding> fs) {
    StringBuilder b = new StringBuilder();
    for (Finding f : fs) {
      b.append(b.length() == 0 ? "" : "<br>").append("<code>").append(Html.esc(f.measure() == null ? f.issuer()
          : f.measure())).append("</code>");
    }
    return b.length() == 0 ? "–" : b.toString();
  }

  /** "USD 42,000; JPY 5,000,000". */
  static String value(Amounts a) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, BigDecimal> e : a.byCurrency().entrySet()) {
      s.append(s.length() == 0 ? "" : "; ").append(e.getKey()).append(' ')
          .append(String.format(Locale.ROOT, "%,.0f", e.getValue().setScale(0, RoundingMode.HALF_UP)));
    }
    return s.toString();
  }
}
