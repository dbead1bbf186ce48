package org.kenmon.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.kenmon.regime.Source;
import org.kenmon.rulebook.MeasureInForce;
import org.kenmon.rulebook.Rulebook;
import org.kenmon.screen.Finding;
import org.kenmon.screen.Verdict;
import org.kenmon.server.api.ApiException;
import org.kenmon.server.api.Json;
import org.kenmon.server.api.Params;
import org.kenmon.server.api.Routes;
import org.kenmon.server.api.ScreenApi;
import org.kenmon.server.auth.Access;
import org.kenmon.server.auth.Guard;
import org.kenmon.server.auth.Principal;
import org.kenmon.server.data.DataHolder;
import org.kenmon.server.data.Snapshot;

/**
 * Screen one transaction from a form and read the verdict: the outcome, then every finding with
 * its measure, legal basis, sources and evidence. The form takes the JSON record of
 * docs/transactions.md, prefilled from the 2014 demo ledger; a rejected record shows each field
 * at fault.
 */
final class ScreenPage {
  private final DataHolder data;
  private final ScreenApi api;
  private final Examples examples = new Examples();

  ScreenPage(DataHolder data, ScreenApi api) {
    this.data = data;
    this.api = api;
  }

  void register(Routes r) {
    r.get("/screen", Access.SCREENER, this::form);
    r.post("/screen", Access.SCREENER, this::screen);
  }

  private void form(Context ctx) {
    String example = ctx.queryParam("example");
    String record = example == null ? examples.first() : examples.record(example);
    ctx.html(page(ctx, new Input(pretty(record == null ? examples.first() : record), "", Set.of(), false, example),
        ""));
  }

  private void screen(Context ctx) {
    String text = ctx.formParam("transaction");
    String asOfText = ctx.formParam("as_of");
    Set<String> issuers = new LinkedHashSet<>(ctx.formParams("issuer"));
    boolean hold = "on".equals(ctx.formParam("hold"));
    Input input = new Input(text == null ? "" : text, asOfText == null ? "" : asOfText, issuers, hold, null);
    String result;
    try {
      Snapshot snap = data.current();
      LocalDate asOf = Params.date("as_of", asOfText, false);
      Set<String> chosen = Params.issuers("issuer", issuers, snap);
      if (text == null || text.isBlank()) {
        throw ApiException.badField("transaction", "enter a transaction (or load an example)");
      }
      Principal who = Guard.principal(ctx).orElseThrow();
      ScreenApi.Screened s = api.screenOne(snap, text, asOf, chosen, hold ? who : null);
      // The record as screened goes with the verdict: printed, the form is left out, and the
      // verdict alone would not say what it judged.
      result = verdict(s) + "<details class=\"screened\"><summary>The transaction screened</summary><pre>"
          + Html.esc(pretty(text)) + "</pre></details>";
    } catch (ApiException e) {
      ctx.status(e.status() == 400 ? 422 : e.status());
      result = rejected(e);
    }
    ctx.html(page(ctx, input, result));
  }

  private record Input(String text, String asOf, Set<String> issuers, boolean hold, String example) {}

  private String page(Context ctx, Input in, String result) {
    Snapshot snap = data.current();
    StringBuilder b = new StringBuilder();
    b.append("<h1>Screen a transaction</h1><div class=\"cols\"><section class=\"card no-print\" aria-labelledby=\"tx-h\">")
        .append("<h2 id=\"tx-h\">Transaction</h2>")
        .append("<form method=\"get\" action=\"/screen\" class=\"inline\"><label for=\"example\">Example from the ")
        .append("2014 ledger</label><select id=\"example\" name=\"example\">");
    examples.labels().forEach((id, label) -> b.append("<option value=\"").append(Html.esc(id)).append('"')
        .append(id.equals(in.example()) ? " selected" : "").append('>').append(Html.esc(label)).append("</option>"));
    b.append("</select><button type=\"submit\">Load example</button></form>")
        .append("<form method=\"post\" action=\"/screen\" hx-post=\"/screen\" hx-target=\"#verdict\" ")
        .append("hx-select=\"#verdict\" hx-swap=\"outerHTML\">").append(Layout.csrf(ctx))
        .append("<label for=\"transaction\">Record (JSON, as in <a href=\"/openapi.yaml\">the API</a>)</label>")
        .append("<textarea id=\"transaction\" name=\"transaction\" rows=\"16\" spellcheck=\"false\" required>")
        .append(Html.esc(in.text())).append("</textarea>")
        .append("<div class=\"row\"><div><label for=\"as_of\">Judge as of</label>")
        .append("<input id=\"as_of\" name=\"as_of\" type=\"date\" value=\"").append(Html.esc(in.asOf()))
        .append("\" aria-describedby=\"as_of-help\"><p id=\"as_of-help\" class=\"help\">Empty: the transaction's ")
        .append("own date.</p></div><fieldset><legend>Issuers</legend>");
    for (String issuer : snap.history().issuers()) {
      b.append("<label class=\"check\"><input type=\"checkbox\" name=\"issuer\" value=\"").append(Html.esc(issuer))
          .append('"').append(in.issuers().contains(issuer) ? " checked" : "").append("> ").append(Html.esc(issuer))
          .append("</label>");
    }
    b.append("<p class=\"help\">None ticked: all.</p></fieldset></div>")
        .append("<label class=\"check\"><input type=\"checkbox\" name=\"hold\"").append(in.hold() ? " checked" : "")
        .append("> Keep it as a hold if it needs action</label>")
        .append("<button type=\"submit\" class=\"primary\">Screen</button></form></section>")
        .append("<section class=\"card\" aria-labelledby=\"v-h\" aria-live=\"polite\"><h2 id=\"v-h\">Verdict</h2>")
        .append("<div id=\"verdict\">")
        .append(result.isEmpty() ? "<p class=\"muted\">Screen a transaction to see its verdict here.</p>" : result)
        .append("</div></section></div>");
    return Layout.page(ctx, "Screen", "screen", b.toString());
  }

  private static String rejected(ApiException e) {
    StringBuilder b = new StringBuilder();
    b.append(Layout.alert("error", e.getMessage()));
    if (!e.errors().isEmpty()) {
      b.append("<table class=\"grid\"><caption>Fields at fault</caption><thead><tr><th scope=\"col\">Field</th>")
          .append("<th scope=\"col\">Problem</th></tr></thead><tbody>");
      for (ApiException.FieldError f : e.errors()) {
        b.append("<tr><td><code>").append(Html.esc(f.field())).append("</code></td><td>").append(Html.esc(f.message()))
            .append("</td></tr>");
      }
      b.append("</tbody></table>");
    }
    return b.toString();
  }

  /** The verdict with its evidence; shared with the hold page. */
  static String verdict(ScreenApi.Screened s) {
    Verdict v = s.verdict();
    Rulebook rulebook = s.snapshot().history().on(v.asOf());
    StringBuilder b = new StringBuilder();
    b.append("<div class=\"verdict-head\">").append(Html.outcome(v.outcome().name()))
        .append("<div><strong>").append(Html.esc(v.id())).append("</strong> · ")
        .append(Html.esc(v.transaction().type().code().replace('_', ' '))).append(" · judged as of <time>")
        .append(v.asOf()).append("</time></div></div>");
    s.hold().ifPresent(h -> b.append(Layout.alert("notice", "Kept as hold " + h.id() + " (" + h.status() + ").")
        .replace("</div>", " <a href=\"/holds/" + h.id() + "\">Open the hold</a></div>")));
    b.append(findings(v, rulebook));
    b.append("<details><summary>Stamp (what it was judged against)</summary><dl class=\"kv\">")
        .append("<dt>Engine</dt><dd>").append(Html.esc(v.stamp().engine())).append("</dd>")
        .append("<dt>Regime data</dt><dd><code>").append(Html.esc(v.stamp().regimes())).append("</code></dd>")
        .append("<dt>Lists</dt><dd>").append(Html.esc(String.join(", ", v.stamp().lists()))).append("</dd>")
        .append("<dt>Input hash</dt><dd><code>").append(Html.esc(v.stamp().input())).append("</code></dd></dl></details>");
    return b.toString();
  }

  static String findings(Verdict v, Rulebook rulebook) {
    StringBuilder b = new StringBuilder();
    if (v.findings().isEmpty()) {
      return b.append("<p>No measure in force applies to this transaction on this date.</p>").toString();
    }
    b.append("<ol class=\"findings\">");
    for (Finding f : v.findings()) {
      MeasureInForce m = f.measure() == null ? null : rulebook.measure(f.measure()).orElse(null);
      b.append("<li class=\"finding\"><div class=\"finding-head\">").append(Html.outcome(f.effect().name()))
          .append(" <span class=\"issuer\">").append(Html.esc(f.issuer())).append("</span> ");
      if (m != null) {
        b.append("<strong>").append(Html.esc(m.title())).append("</strong> <code>").append(Html.esc(m.id()))
            .append("</code>");
      } else if (f.measure() != null) {
        b.append("<code>").append(Html.esc(f.measure())).append("</code>");
      }
      if (f.unconfirmed()) {
        b.append(" <span class=\"tag warn\" title=\"rests on a fact the data marks as not yet confirmed\">")
            .append("unconfirmed</span>");
      }
      b.append("</div><p>").append(Html.esc(f.reason())).append("</p>");
      if (!f.evidence().isEmpty()) {
        b.append("<p class=\"label\">Evidence</p><ul class=\"evidence\">");
        f.evidence().forEach(e -> b.append("<li>").append(Html.esc(e)).append("</li>"));
        b.append("</ul>");
      }
      if (m != null) {
        b.append("<dl class=\"kv\"><dt>Legal basis</dt><dd>").append(Html.esc(m.legalBasis())).append("</dd>")
            .append("<dt>In force</dt><dd>").append(m.validFrom()).append(" to ")
            .append(m.validTo() == null ? "today" : m.validTo()).append("</dd>");
        if (!m.sources().isEmpty()) {
          b.append("<dt>Sources</dt><dd><ul class=\"sources\">");
          for (Source src : m.sources()) {
            b.append("<li>").append(Html.link(src.url(), src.title() == null ? src.id() : src.title())).append("</li>");
          }
          b.append("</ul></dd>");
        }
        b.append("</dl>");
      }
      b.append("</li>");
    }
    return b.append("</ol>").toString();
  }

  private static String pretty(String line) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.MAPPER.readTree(line));
    } catch (JsonProcessingException e) {
      return line;
    }
  }
}
