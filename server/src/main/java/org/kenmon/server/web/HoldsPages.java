package org.kenmon.server.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.kenmon.server.api.Admin;
import org.kenmon.server.api.ApiException;
import org.kenmon.server.api.HoldsApi;
import org.kenmon.server.api.Json;
import org.kenmon.server.api.Params;
import org.kenmon.server.api.Routes;
import org.kenmon.server.auth.Access;
import org.kenmon.server.auth.Guard;
import org.kenmon.server.auth.Principal;
import org.kenmon.server.data.DataHolder;
import org.kenmon.store.holds.Hold;
import org.kenmon.store.holds.HoldEvent;
import org.kenmon.store.holds.HoldStatus;
import org.kenmon.store.holds.Holds;
import org.kenmon.store.holds.Rescreen;
import org.kenmon.store.keys.KeyRole;

/**
 * Held transactions: the list (held or released), one hold with its history (each event with the
 * verdict that caused it), releasing a hold by hand with a reason (admin), and rescreening all
 * holds against the data served now (screener).
 */
final class HoldsPages {
  private final DataHolder data;
  private final HoldsApi api;
  private final Admin admin;

  HoldsPages(DataHolder data, HoldsApi api, Admin admin) {
    this.data = data;
    this.api = api;
    this.admin = admin;
  }

  void register(Routes r) {
    r.get("/holds", Access.VIEWER, this::list);
    r.post("/holds/rescreen", Access.SCREENER, this::rescreen);
    r.get("/holds/{id}", Access.VIEWER, this::show);
    r.post("/holds/{id}/release", Access.ADMIN, this::release);
  }

  private void list(Context ctx) {
    String status = Params.oneOf(ctx, "status", java.util.Set.of("held", "released"));
    HoldStatus only = status == null ? null : HoldStatus.valueOf(status.toUpperCase(Locale.ROOT));
    record Page(List<Hold> holds, java.util.Map<HoldStatus, Long> counts) {}
    Page page = api.store().call(s -> new Page(new Holds(s).list(only), new Holds(s).counts()));
    StringBuilder b = new StringBuilder("<h1>Holds</h1><p class=\"lede\">Transactions kept from going ahead. Every "
        + "change of regimes, agreements or lists rescreens them; those now lawful are released.</p>");
    String notice = ctx.queryParam("notice");
    if (notice != null) {
      b.append(Layout.alert("notice", notice));
    }
    b.append("<div class=\"toolbar\"><nav aria-label=\"Filter holds\"><a href=\"/holds\"")
        .append(only == null ? " aria-current=\"page\"" : "").append(">All</a> <a href=\"/holds?status=held\"")
        .append(only == HoldStatus.HELD ? " aria-current=\"page\"" : "").append(">Held (")
        .append(page.counts().get(HoldStatus.HELD)).append(")</a> <a href=\"/holds?status=released\"")
        .append(only == HoldStatus.RELEASED ? " aria-current=\"page\"" : "").append(">Released (")
        .append(page.counts().get(HoldStatus.RELEASED)).append(")</a></nav>");
    if (role(ctx).includes(KeyRole.SCREENER)) {
      b.append("<form method=\"post\" action=\"/holds/rescreen\">").append(Layout.csrf(ctx))
          .append("<button type=\"submit\">Rescreen all holds now</button></form>");
    }
    b.append("</div>");
    if (page.holds().isEmpty()) {
      b.append("<p>No holds. Screen with “Keep it as a hold” ticked, or <code>kenmon screen --hold</code>.</p>");
    } else {
      b.append("<table class=\"grid\"><thead><tr><th scope=\"col\">Hold</th><th scope=\"col\">Status</th>")
          .append("<th scope=\"col\">Outcome</th><th scope=\"col\">Transaction</th><th scope=\"col\">Type</th>")
          .append("<th scope=\"col\">Date</th><th scope=\"col\">Since</th></tr></thead><tbody>");
      for (Hold h : page.holds()) {
        b.append("<tr><td><a href=\"/holds/").append(h.id()).append("\">Hold ").append(h.id()).append("</a></td><td>")
            .append(h.status()).append("</td><td>").append(Html.outcome(h.outcome().name())).append("</td><td>")
            .append(Html.esc(h.transactionId())).append("</td><td>").append(Html.esc(h.type())).append("</td><td>")
            .append(h.date()).append("</td><td>").append(time(h.updatedAt())).append("</td></tr>");
      }
      b.append("</tbody></table>");
    }
    ctx.html(Layout.page(ctx, "Holds", "holds", b.toString()));
  }

  private void show(Context ctx) {
    show(ctx, null);
  }

  private void show(Context ctx, String problem) {
    long id = Params.id(ctx, "id");
    HoldsApi.HoldView v = api.view(id);
    Hold h = v.hold();
    StringBuilder b = new StringBuilder();
    b.append("<p><a href=\"/holds\">All holds</a></p><h1>Hold ").append(h.id()).append(": ")
        .append(Html.esc(h.transactionId())).append("</h1>");
    String notice = ctx.queryParam("notice");
    if (notice != null) {
      b.append(Layout.alert("notice", notice));
    }
    if (problem != null) {
      b.append(Layout.alert("error", problem));
    }
    b.append("<div class=\"verdict-head\">").append(Html.outcome(h.outcome().name())).append("<div><strong>")
        .append(h.status()).append("</strong> · ").append(Html.esc(h.type())).append(" of ").append(h.date())
        .append(" · judged ").append(h.asOf() == null ? "on its own date" : "as of " + h.asOf())
        .append("</div></div><dl class=\"kv\"><dt>Read from</dt><dd>").append(Html.esc(h.source()))
        .append("</dd><dt>Held since</dt><dd>").append(time(h.heldAt())).append("</dd></dl>");
    b.append("<details><summary>The transaction</summary><pre>").append(Html.esc(pretty(h.transactionJson())))
        .append("</pre></details>");
    if (h.status() == HoldStatus.HELD && role(ctx).includes(KeyRole.ADMIN)) {
      b.append("<section class=\"card\"><h2>Release by hand</h2><p>This overrides the verdict below; your key's ")
          .append("name and the reason are kept with the hold and in the audit log.</p><form method=\"post\" ")
          .append("action=\"/holds/").append(h.id()).append("/release\">").append(Layout.csrf(ctx))
          .append("<label for=\"reason\">Reason (licence, review)</label><textarea id=\"reason\" name=\"reason\" ")
          .append("rows=\"3\" required maxlength=\"").append(HoldsApi.MAX_REASON_CHARS).append("\"></textarea>")
          .append("<button type=\"submit\" class=\"danger\">Release hold ").append(h.id()).append("</button></form>")
          .append("</section>");
    }
    b.append("<section class=\"card\"><h2>History</h2><ol class=\"events\">");
    for (HoldEvent e : v.events()) {
      b.append("<li><div class=\"event-head\"><strong>").append(e.kind().name().replace('_', ' '))
          .append("</strong> ").append(time(e.recordedAt())).append(" by ").append(Html.esc(e.actor()))
          .append(e.runId() == null ? "" : " (run " + e.runId() + ")").append(" ").append(Html.outcome(e.outcome().name()))
          .append("</div>");
      if (e.reason() != null) {
        b.append("<p><span class=\"label\">Reason:</span> ").append(Html.esc(e.reason())).append("</p>");
      }
      b.append(verdictFindings(e.verdictJson())).append("</li>");
    }
    b.append("</ol></section>");
    ctx.html(Layout.page(ctx, "Hold " + h.id(), "holds", b.toString()));
  }

  private void release(Context ctx) {
    long id = Params.id(ctx, "id");
    Principal who = Guard.principal(ctx).orElseThrow();
    try {
      HoldEvent e = api.release(id, ctx.formParam("reason"), who);
      ctx.redirect("/holds/" + id + "?notice=" + Html.url("Released by hand (event " + e.id() + ")."),
          io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (ApiException e) {
      if (e.status() == 404) {
        throw e;
      }
      ctx.status(e.status() == 400 ? 422 : e.status());
      show(ctx, e.getMessage());
    }
  }

  private void rescreen(Context ctx) {
    Rescreen.Result r = admin.rescreen(data.current(), Guard.principal(ctx).orElseThrow());
    ctx.redirect("/holds?notice=" + Html.url(r.summary()), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** The findings of a stored verdict's JSON, as a short list. */
  private static String verdictFindings(String verdictJson) {
    try {
      var v = Json.MAPPER.readTree(verdictJson);
      StringBuilder b = new StringBuilder("<ul class=\"evidence\">");
      for (var f : v.path("findings")) {
        b.append("<li>").append(Html.outcome(f.path("effect").asText())).append(' ');
        if (!f.path("measure").isNull()) {
          b.append("<code>").append(Html.esc(f.path("measure").asText())).append("</code> ");
        }
        b.append(Html.esc(f.path("reason").asText())).append("</li>");
      }
      return b.append("</ul><p class=\"muted small\">Verdict as of ").append(Html.esc(v.path("as_of").asText()))
          .append("; regime data ").append(Html.esc(v.path("stamp").path("regimes").asText())).append("</p>")
          .toString();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return "";
    }
  }

  private static KeyRole role(Context ctx) {
    return Guard.principal(ctx).map(Principal::role).orElse(KeyRole.VIEWER);
  }

  private static String pretty(String json) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.MAPPER.readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return json;
    }
  }

  private static String time(Instant t) {
    return "<time datetime=\"" + t + "\">" + t.truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ')
        .replace("Z", " UTC") + "</time>";
  }
}
