package org.kenmon.server.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.util.Optional;
import org.kenmon.server.api.Admin;
import org.kenmon.server.api.HoldsApi;
import org.kenmon.server.api.ListsApi;
import org.kenmon.server.api.Problems;
import org.kenmon.server.api.Routes;
import org.kenmon.server.api.ScreenApi;
import org.kenmon.server.api.WhatIfApi;
import org.kenmon.server.auth.Access;
import org.kenmon.server.auth.Guard;
import org.kenmon.server.auth.KeyRing;
import org.kenmon.server.auth.Principal;
import org.kenmon.server.auth.Sessions;
import org.kenmon.server.data.DataHolder;

/**
 * The web UI: server-rendered pages over the same code as the API. Sign in with an API key (the
 * key is checked once and a session cookie kept; docs/service.md), then screen a transaction and
 * read its verdict, chart the regimes over time, compare an agreement, review and release holds,
 * and compare list versions. Every page reads without JavaScript; htmx only updates in place.
 */
public final class Web {
  private final KeyRing keys;
  private final Sessions sessions;
  private final ScreenPage screen;
  private final TimelinePage timeline;
  private final AgreementPages agreements;
  private final HoldsPages holds;
  private final ListsPages lists;

  public Web(DataHolder data, KeyRing keys, Sessions sessions, ScreenApi screenApi, HoldsApi holdsApi,
      ListsApi listsApi, Admin admin, WhatIfApi whatIf, Clock clock) {
    this.keys = keys;
    this.sessions = sessions;
    this.screen = new ScreenPage(data, screenApi);
    this.timeline = new TimelinePage(data, clock);
    this.agreements = new AgreementPages(data, whatIf);
    this.holds = new HoldsPages(data, holdsApi, admin);
    this.lists = new ListsPages(data, listsApi);
  }

  public void register(Routes r) {
    r.get("/", Access.VIEWER, ctx -> ctx.redirect(home(ctx)));
    r.get("/signin", Access.PUBLIC, this::signInForm);
    r.post("/signin", Access.PUBLIC, this::signIn);
    r.post("/signout", Access.VIEWER, this::signOut);
    screen.register(r);
    timeline.register(r);
    agreements.register(r);
    holds.register(r);
    lists.register(r);
  }

  /** Whether a request is for a page (HTML answers) rather than the API, metrics or assets. */
  public boolean isPage(Context ctx) {
    String p = ctx.path();
    if (p.startsWith("/api/") || p.equals("/health") || p.equals("/metrics") || p.equals("/openapi.yaml")
        || p.startsWith("/assets/") || p.startsWith("/webjars/")) {
      return false;
    }
    String accept = ctx.header("Accept");
    return accept == null || accept.contains("text/html") || accept.contains("*/*");
  }

  /** Not signed in: to the sign-in page, coming back here afterwards. */
  public void signInFirst(Context ctx) {
    if (!isPage(ctx)) {
      ctx.status(401).contentType(Problems.MEDIA_TYPE).result(Problems.json(401, "unauthorized", "sign in first",
          ctx.path(), null, 0, java.util.List.of()));
      return;
    }
    String next = ctx.method().name().equals("GET") ? ctx.path() + (ctx.queryString() == null ? ""
        : "?" + ctx.queryString()) : "/";
    ctx.redirect("/signin?next=" + Html.url(next), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** An error page with the status and what to do. */
  public void error(Context ctx, int status, String message) {
    String body = "<h1>" + Html.esc(Problems.title(status)) + "</h1>" + Layout.alert("error", message)
        + "<p><a href=\"/\">Back to Kenmon</a></p>";
    ctx.status(status).html(Layout.page(ctx, Problems.title(status), "", body));
  }

  private void signInForm(Context ctx) {
    ctx.html(signInPage(ctx, null));
  }

  private String signInPage(Context ctx, String problem) {
    String next = safeNext(ctx.queryParam("next"));
    String body = "<section class=\"signin card\"><h1>Sign in</h1>"
        + "<p>Sign in with an API key. An admin makes one with <code>kenmon keys create --role viewer --name "
        + "\"Your Name\"</code>; <code>kenmon serve --demo</code> prints a demo admin key.</p>"
        + (problem == null ? "" : Layout.alert("error", problem))
        + "<form method=\"post\" action=\"/signin\"><input type=\"hidden\" name=\"next\" value=\"" + Html.esc(next)
        + "\"><label for=\"key\">API key</label><input id=\"key\" name=\"key\" type=\"password\" required "
        + "autocomplete=\"current-password\" autofocus spellcheck=\"false\" placeholder=\"kenmon_…\">"
        + "<button type=\"submit\" class=\"primary\">Sign in</button></form></section>";
    return Layout.page(ctx, "Sign in", "", body);
  }

  private void signIn(Context ctx) {
    String key = ctx.formParam("key");
    Optional<Principal> p = keys.authenticate(key == null ? "" : key.trim());
    if (p.isEmpty()) {
      ctx.status(401).html(signInPage(ctx, "That key is not valid, or was revoked."));
      return;
    }
    Sessions.Session s = sessions.open(p.get());
    Cookie c = new Cookie(Sessions.COOKIE, s.id());
    c.setHttpOnly(true);
    c.setSameSite(SameSite.STRICT);
    c.setPath("/");
    c.setMaxAge((int) Sessions.LIFETIME.toSeconds());
    c.setSecure("https".equals(ctx.scheme()));
    ctx.cookie(c);
    ctx.redirect(safeNext(ctx.formParam("next")), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void signOut(Context ctx) {
    sessions.close(ctx.cookie(Sessions.COOKIE));
    ctx.removeCookie(Sessions.COOKIE, "/");
    ctx.redirect("/signin", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** Only a path on this site: an open redirect would let a link send people elsewhere after sign-in. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
        || next.contains("\n") || next.contains("\r")) {
      return "/";
    }
    return next;
  }

  /** The first page for a role: screening for those who may screen, else the timeline (a viewer cannot screen). */
  static String home(Context ctx) {
    return Guard.principal(ctx).map(p -> p.role().includes(org.kenmon.store.keys.KeyRole.SCREENER))
        .orElse(false) ? "/screen" : "/timeline";
  }
}
