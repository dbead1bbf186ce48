package org.kenmon.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kenmon.report.TimelineSvg;
import org.kenmon.rulebook.MeasureInForce;
import org.kenmon.rulebook.RegimeDiff;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.rulebook.Timeline;
import org.kenmon.server.api.ApiException;
import org.kenmon.server.api.Json;
import org.kenmon.server.api.Params;
import org.kenmon.server.api.RegimeApi;
import org.kenmon.server.api.Routes;
import org.kenmon.server.auth.Access;
import org.kenmon.server.data.DataHolder;
import org.kenmon.server.data.Snapshot;

/**
 * The regimes over time: a chart of the measures in force per issuer (uPlot, drawn from the data
 * embedded in the page) with the key change periods shaded and labelled, so that Japan's lifting
 * of July 2014 and its reinstatement of February 2016 stand out; the key periods as a table, each
 * linking to what changed; and every measure as bars (the SVG of {@code kenmon regime timeline},
 * which reads and prints without JavaScript). Also the diff between two dates.
 */
final class TimelinePage {
  private final DataHolder data;
  private final Clock clock;

  TimelinePage(DataHolder data, Clock clock) {
    this.data = data;
    this.clock = clock;
  }

  void register(Routes r) {
    r.get("/timeline", Access.VIEWER, this::timeline);
    r.get("/regimes/diff", Access.VIEWER, this::diff);
  }

  private void timeline(Context ctx) throws JsonProcessingException {
    Snapshot snap = data.current();
    LocalDate today = LocalDate.now(clock);
    Timeline t = snap.timeline();
    String json = Json.MAPPER.writeValueAsString(RegimeApi.timelineJson(snap.history(), t, today))
        .replace("</", "<\\/");
    StringBuilder b = new StringBuilder();
    b.append("<h1>Regimes over time</h1><p class=\"lede\">Measures in force against the DPRK, by issuer. The ")
        .append("shaded periods are the largest changes; hover or focus the chart for counts on a date.</p>")
        .append("<section class=\"card\" aria-labelledby=\"chart-h\"><h2 id=\"chart-h\">Measures in force</h2>")
        .append("<figure><div id=\"timeline-chart\" class=\"chart\" role=\"img\" aria-label=\"Line chart of the ")
        .append("number of measures in force per issuer over time, key change periods shaded\"></div>")
        .append("<figcaption>Key periods are shaded; Japan's are labelled above the chart.</figcaption></figure>")
        .append("<script type=\"application/json\" id=\"timeline-data\">").append(json).append("</script>")
        .append("</section><section class=\"card\" aria-labelledby=\"keys-h\"><h2 id=\"keys-h\">Key changes</h2>")
        .append("<table class=\"grid\"><thead><tr><th scope=\"col\">Issuer</th><th scope=\"col\">Period</th>")
        .append("<th scope=\"col\" class=\"num\">Added</th><th scope=\"col\" class=\"num\">Ended</th>")
        .append("<th scope=\"col\" class=\"num\">Changed</th><th scope=\"col\">What changed</th></tr></thead><tbody>");
    for (Timeline.ChangePeriod p : t.keyPeriods(RegimeApi.KEY_PERIODS, today)) {
      String href = "/regimes/diff?issuer=" + Html.url(p.issuer()) + "&from=" + p.from().minusDays(1) + "&to="
          + p.to();
      b.append("<tr><td>").append(Html.esc(p.issuer())).append("</td><td>").append(p.from())
          .append(p.from().equals(p.to()) ? "" : " to " + p.to()).append("</td><td class=\"num\">").append(p.added())
          .append("</td><td class=\"num\">").append(p.removed()).append("</td><td class=\"num\">").append(p.changed())
          .append("</td><td><a href=\"").append(Html.esc(href)).append("\">Compare ").append(p.from().minusDays(1))
          .append(" with ").append(p.to()).append("</a></td></tr>");
    }
    b.append("</tbody></table></section><section class=\"card wide\" aria-labelledby=\"bars-h\">")
        .append("<h2 id=\"bars-h\">Every measure</h2><div class=\"svg-scroll\">")
        .append(TimelineSvg.render(t, today, RegimeApi.KEY_PERIODS, "Sanctions measures against the DPRK")
            .replaceFirst("<svg ", "<svg role=\"img\" aria-labelledby=\"bars-h\" "))
        .append("</div></section>");
    String scripts = "<link rel=\"stylesheet\" href=\"/webjars/uplot/1.6.30/dist/uPlot.min.css\">"
        + "<script src=\"/webjars/uplot/1.6.30/dist/uPlot.iife.min.js\" defer></script>"
        + "<script src=\"/assets/charts.js\" defer></script>";
    ctx.html(Layout.page(ctx, "Timeline", "timeline", b.toString(), scripts));
  }

  private void diff(Context ctx) {
    Snapshot snap = data.current();
    String body;
    try {
      LocalDate from = Params.date(ctx, "from", true);
      LocalDate to = Params.date(ctx, "to", true);
      Set<String> issuers = Params.issuers(ctx, snap);
      RegimeHistory h = snap.history(issuers);
      body = diffBody(RegimeDiff.between(h.on(from), h.on(to), from, to), String.join(", ", h.issuers()));
    } catch (ApiException e) {
      ctx.status(e.status());
      body = "<h1>Compare regimes</h1>" + Layout.alert("error", e.getMessage());
    }
    ctx.html(Layout.page(ctx, "Compare regimes", "timeline", body + form(ctx)));
  }

  private static String form(Context ctx) {
    return "<section class=\"card\"><h2>Compare two dates</h2><form method=\"get\" action=\"/regimes/diff\" "
        + "class=\"row\"><div><label for=\"from\">From</label><input id=\"from\" name=\"from\" type=\"date\" value=\""
        + Html.esc(ctx.queryParam("from")) + "\" required></div><div><label for=\"to\">To</label><input id=\"to\" "
        + "name=\"to\" type=\"date\" value=\"" + Html.esc(ctx.queryParam("to")) + "\" required></div><div><label "
        + "for=\"issuer\">Issuer</label><input id=\"issuer\" name=\"issuer\" value=\""
        + Html.esc(ctx.queryParam("issuer")) + "\" placeholder=\"JP, UN or empty for all\"></div>"
        + "<div><button type=\"submit\">Compare</button></div></form></section>";
  }

  /** A regime diff as tables: added, ended, changed in substance (fields before and after). */
  static String diffBody(RegimeDiff d, String issuers) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>What changed from ").append(d.from()).append(" to ").append(d.to()).append("</h1><p class=\"lede\">")
        .append(Html.esc(issuers)).append(": ").append(d.added().size()).append(" added, ").append(d.removed().size())
        .append(" ended, ").append(d.changed().size()).append(" changed in substance, ").append(d.renewed().size())
        .append(" renewed unchanged, ").append(d.unchanged().size()).append(" unchanged.</p>");
    b.append(measures("Added", d.added(), "added")).append(measures("Ended", d.removed(), "removed"));
    if (!d.changed().isEmpty()) {
      b.append("<section class=\"card\"><h2>Changed in substance</h2><table class=\"grid\"><thead><tr>")
          .append("<th scope=\"col\">Measure</th><th scope=\"col\">Fields</th><th scope=\"col\">Before</th>")
          .append("<th scope=\"col\">After</th></tr></thead><tbody>");
      for (RegimeDiff.Change c : d.changed()) {
        b.append("<tr><td><strong>").append(Html.esc(c.after().title())).append("</strong><br><code>")
            .append(Html.esc(c.id())).append("</code></td><td>").append(Html.esc(String.join(", ", c.fields())))
            .append("</td><td>").append(summary(c.before())).append("</td><td>").append(summary(c.after()))
            .append("</td></tr>");
      }
      b.append("</tbody></table></section>");
    }
    return b.toString();
  }

  private static String measures(String title, List<MeasureInForce> ms, String cls) {
    if (ms.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<section class=\"card\"><h2>" + title + "</h2><table class=\"grid " + cls
        + "\"><thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Effect</th><th scope=\"col\">Legal basis</th>"
        + "</tr></thead><tbody>");
    for (MeasureInForce m : ms) {
      b.append("<tr><td><strong>").append(Html.esc(m.title())).append("</strong><br><code>").append(Html.esc(m.id()))
          .append("</code></td><td>").append(Html.outcome(m.effect().name())).append("</td><td>")
          .append(Html.esc(m.legalBasis())).append("</td></tr>");
    }
    return b.append("</tbody></table></section>").toString();
  }

  private static String summary(MeasureInForce m) {
    StringBuilder s = new StringBuilder(Html.outcome(m.effect().name()));
    m.thresholds().forEach(t -> s.append("<br>").append(Html.esc(t.describe())));
    m.exemptions().forEach(e -> s.append("<br>except ").append(Html.esc(e.id())));
    return s.toString();
  }
}
