package org.kenmon.server.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Set;
import org.kenmon.agreement.Agreement;
import org.kenmon.agreement.AgreementOverlay;
import org.kenmon.problems.Problem;
import org.kenmon.rulebook.RegimeDiff;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.server.api.AgreementApi;
import org.kenmon.server.api.ApiException;
import org.kenmon.server.api.Params;
import org.kenmon.server.api.Routes;
import org.kenmon.server.api.WhatIfApi;
import org.kenmon.server.auth.Guard;
import org.kenmon.store.keys.KeyRole;
import org.kenmon.server.auth.Access;
import org.kenmon.server.data.DataHolder;
import org.kenmon.server.data.LoadedAgreement;
import org.kenmon.server.data.Snapshot;

/**
 * Agreements: the list, and one agreement with what it changes in the measures on its effective
 * date (the regimes without and with it, compared as {@code kenmon agreement diff} does).
 * Hypothetical agreements are labelled as such everywhere.
 */
final class AgreementPages {
  private final DataHolder data;
  private final WhatIfApi whatIf;
  private final String demoLedger;

  AgreementPages(DataHolder data, WhatIfApi whatIf) {
    this.data = data;
    this.whatIf = whatIf;
    this.demoLedger = Examples.ledgerText();
  }

  void register(Routes r) {
    r.get("/agreements", Access.VIEWER, this::list);
    r.get("/agreements/{id}", Access.VIEWER, ctx -> show(ctx, null, ""));
    r.post("/agreements/{id}/whatif", Access.SCREENER, this::runWhatIf);
  }

  private void runWhatIf(Context ctx) {
    Snapshot snap = data.current();
    LoadedAgreement la = snap.agreement(ctx.pathParam("id")).orElseThrow(() -> ApiException.notFound(
        "no agreement \"" + ctx.pathParam("id") + "\""));
    String ledger = ctx.formParam("ledger") == null ? "" : ctx.formParam("ledger");
    boolean holds = "on".equals(ctx.formParam("holds"));
    String result;
    try {
      if (!la.valid()) {
        throw ApiException.conflict("the agreement file is invalid");
      }
      LocalDate assumed = la.agreement().effectiveDate().isPresent() ? null
          : Params.date("on", ctx.formParam("on"), true);
      LocalDate asOf = Params.date("as_of", ctx.formParam("as_of"), false);
      if (ledger.isBlank() && !holds) {
        throw ApiException.badField("ledger", "enter a ledger, or tick 'include held transactions'");
      }
      java.util.Set<String> issuers = Params.issuers("issuer", ctx.formParams("issuer"), snap);
      result = WhatIfView.render(whatIf.run(snap, la.agreement(), assumed, asOf, issuers, ledger, holds));
    } catch (ApiException e) {
      ctx.status(e.status() == 400 ? 422 : e.status());
      StringBuilder err = new StringBuilder("<section class=\"card\" id=\"whatif-result\">")
          .append(Layout.alert("error", e.getMessage())).append("<ul>");
      e.errors().forEach(f -> err.append("<li>line ").append(f.line()).append(": <code>").append(Html.esc(f.field()))
          .append("</code>: ").append(Html.esc(f.message())).append("</li>"));
      result = err.append("</ul></section>").toString();
    }
    show(ctx, ledger, result);
  }

  private String issuerBoxes(Context ctx) {
    java.util.List<String> chosen = ctx.formParams("issuer");
    StringBuilder b = new StringBuilder("<fieldset><legend>Issuers</legend>");
    for (String issuer : data.current().history().issuers()) {
      b.append("<label class=\"check\"><input type=\"checkbox\" name=\"issuer\" value=\"").append(Html.esc(issuer))
          .append('"').append(chosen.contains(issuer) ? " checked" : "").append("> ").append(Html.esc(issuer))
          .append("</label>");
    }
    return b.append("<p class=\"help\">None ticked: all.</p></fieldset>").toString();
  }

  private String whatIfForm(Context ctx, Agreement a, String ledger) {
    boolean canRun = Guard.principal(ctx).map(p -> p.role().includes(KeyRole.SCREENER)).orElse(false);
    if (!canRun) {
      return "<p class=\"muted\">A screener or admin key can run a what-if on a ledger here.</p>";
    }
    return "<section class=\"card\" aria-labelledby=\"wif-h\"><h2 id=\"wif-h\">What-if on a ledger</h2><p>Screens "
        + "each transaction without and with the agreement on the same date and totals what becomes lawful. "
        + "Nothing is stored or released.</p><form method=\"post\" action=\"/agreements/" + Html.esc(a.id())
        + "/whatif\">" + Layout.csrf(ctx) + "<label for=\"ledger\">Ledger (JSON Lines; the 2014 demo ledger is "
        + "filled in)</label><textarea id=\"ledger\" name=\"ledger\" rows=\"8\" spellcheck=\"false\">"
        + Html.esc(ledger == null ? demoLedger : ledger) + "</textarea><div class=\"row\">"
        + (a.effectiveDate().isPresent() ? "" : "<div><label for=\"on\">Assume it takes effect on</label>"
            + "<input id=\"on\" name=\"on\" type=\"date\" required value=\"" + Html.esc(ctx.formParam("on"))
            + "\"></div>")
        + "<div><label for=\"wi-as_of\">Judge all as of</label><input id=\"wi-as_of\" name=\"as_of\" type=\"date\" "
        + "aria-describedby=\"wi-as_of-help\"><p id=\"wi-as_of-help\" class=\"help\">Empty: each on its own date, "
        + "or the effective date if later.</p></div>" + issuerBoxes(ctx) + "<div><label class=\"check\"><input "
        + "type=\"checkbox\" name=\"holds\"> Include held transactions</label></div></div><button type=\"submit\" class=\"primary\">"
        + "Run what-if</button></form></section>";
  }

  private void list(Context ctx) {
    StringBuilder b = new StringBuilder("<h1>Agreements</h1><p class=\"lede\">Named sets of changes to measures, "
        + "applied as an overlay to see what they would make lawful.</p><table class=\"grid\"><thead><tr>"
        + "<th scope=\"col\">Agreement</th><th scope=\"col\">Status</th><th scope=\"col\">Takes effect</th>"
        + "<th scope=\"col\">Changes</th></tr></thead><tbody>");
    for (LoadedAgreement la : data.current().agreements().values()) {
      Agreement a = la.agreement();
      if (a == null) {
        b.append("<tr><td colspan=\"4\">").append(Html.esc(la.file())).append(": invalid (")
            .append(la.problems().size()).append(" problems)</td></tr>");
        continue;
      }
      b.append("<tr><td><a href=\"/agreements/").append(Html.esc(a.id())).append("\">").append(Html.esc(a.title()))
          .append("</a><br><code>").append(Html.esc(a.id())).append("</code></td><td>").append(status(a))
          .append(la.valid() ? "" : " <span class=\"tag warn\">invalid</span>").append("</td><td>")
          .append(a.effectiveDate().map(LocalDate::toString).orElse("pending: " + Html.esc(a.condition())))
          .append("</td><td class=\"num\">").append(a.changes().size()).append("</td></tr>");
    }
    b.append("</tbody></table>");
    ctx.html(Layout.page(ctx, "Agreements", "agreements", b.toString()));
  }

  private void show(Context ctx, String ledger, String whatIfResult) {
    Snapshot snap = data.current();
    LoadedAgreement la = snap.agreement(ctx.pathParam("id")).orElseThrow(() -> ApiException.notFound(
        "no agreement \"" + ctx.pathParam("id") + "\""));
    Agreement a = la.agreement();
    StringBuilder b = new StringBuilder();
    if (a == null || !la.valid()) {
      b.append("<h1>").append(Html.esc(la.file())).append("</h1>").append(Layout.alert("error",
          "This agreement file is invalid; fix it with 'kenmon agreement check'."));
      b.append("<ul>");
      la.problems().stream().filter(Problem::isError).forEach(p -> b.append("<li>").append(Html.esc(p)).append("</li>"));
      b.append("</ul>");
      ctx.html(Layout.page(ctx, "Agreement", "agreements", b.toString()));
      return;
    }
    b.append("<h1>").append(Html.esc(a.title())).append("</h1>");
    if (a.isHypothetical()) {
      b.append(Layout.alert("warn", "Hypothetical: a what-if that nobody agreed. The regimes 'with' it are not law."));
    }
    b.append("<dl class=\"kv\"><dt>Status</dt><dd>").append(status(a)).append("</dd><dt>Parties</dt><dd>")
        .append(Html.esc(String.join(", ", a.parties()))).append("</dd><dt>Announced</dt><dd>").append(a.announced())
        .append("</dd><dt>Takes effect</dt><dd>").append(a.effectiveDate().map(LocalDate::toString)
            .orElse("pending: once " + Html.esc(a.condition()))).append("</dd>");
    for (String r : a.reciprocal()) {
      b.append("<dt>In return</dt><dd>").append(Html.esc(r)).append("</dd>");
    }
    b.append("</dl>").append(whatIfResult);
    LocalDate assumed = a.effectiveDate().isPresent() ? null : Params.date(ctx, "on", false);
    if (a.effectiveDate().isEmpty() && assumed == null) {
      b.append("<form method=\"get\" class=\"row\"><div><label for=\"on\">Assume it takes effect on</label><input "
          + "id=\"on\" name=\"on\" type=\"date\" required></div><div><button type=\"submit\">Compare</button></div>"
          + "</form>");
    } else {
      LocalDate effective = AgreementApi.effectiveDate(a, assumed);
      AgreementOverlay.Scenario s = AgreementOverlay.scenario(snap.regimes(), a, effective);
      RegimeDiff diff = RegimeDiff.between(RegimeHistory.of(s.without()).on(effective),
          RegimeHistory.of(s.with()).on(effective), effective, effective);
      b.append("<section class=\"card\"><h2>What it changes on ").append(effective).append("</h2><p>")
          .append(a.recordedInRegimes() ? "The regimes with the agreement's changes retracted, against the regimes as "
              + "recorded." : "The regimes as loaded, against the regimes with the agreement's changes applied.")
          .append("</p>").append(changeBars(diff)).append("</section>")
          .append(TimelinePage.diffBody(diff, String.join(", ", Set.copyOf(a.parties())))
              .replaceFirst("<h1>[^<]*</h1>", ""));
    }
    b.append(whatIfForm(ctx, a, ledger));
    ctx.html(Layout.page(ctx, a.title(), "agreements", b.toString()));
  }

  /** A bar per kind of change: how much of the regime the agreement moves, at a glance and in print. */
  private static String changeBars(RegimeDiff d) {
    int[] counts = {d.removed().size(), d.changed().size(), d.added().size(), d.unchanged().size()};
    String[] labels = {"Withdrawn or suspended", "Changed in substance", "Added", "Unchanged"};
    String[] classes = {"removed", "changed", "added", "unchanged"};
    int max = Math.max(1, java.util.Arrays.stream(counts).max().orElse(1));
    StringBuilder b = new StringBuilder("<table class=\"bars\"><caption>Measures on the effective date</caption>"
        + "<tbody>");
    for (int i = 0; i < counts.length; i++) {
      b.append("<tr><th scope=\"row\">").append(labels[i]).append("</th><td><span class=\"bar ").append(classes[i])
          .append("\" style=\"width:").append(Math.max(1, 100 * counts[i] / max)).append("%\"></span></td>")
          .append("<td class=\"num\">").append(counts[i]).append("</td></tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  private static String status(Agreement a) {
    return a.isHypothetical() ? "<span class=\"tag warn\">hypothetical</span>" : "<span class=\"tag\">concluded</span>";
  }
}
