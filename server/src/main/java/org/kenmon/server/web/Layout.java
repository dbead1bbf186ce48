package org.kenmon.server.web;

import io.javalin.http.Context;
import org.kenmon.server.auth.Guard;
import org.kenmon.server.auth.Principal;
import org.kenmon.server.auth.Sessions;

/**
 * The frame of every page: a skip link, the header with the sections and who is signed in, the
 * main landmark, and the assets (one stylesheet with print rules, htmx for in-place updates; every
 * page also works without JavaScript).
 */
final class Layout {
  /** The sections of the navigation: key, label, path. */
  private static final String[][] SECTIONS = {
      {"screen", "Screen", "/screen"},
      {"timeline", "Timeline", "/timeline"},
      {"agreements", "Agreements", "/agreements"},
      {"holds", "Holds", "/holds"},
      {"lists", "Lists", "/lists"}};

  private Layout() {}

  static String page(Context ctx, String title, String section, String body) {
    return page(ctx, title, section, body, "");
  }

  /** A full page; {@code scripts} are extra script tags for the page (charts). */
  static String page(Context ctx, String title, String section, String body, String scripts) {
    Principal p = Guard.principal(ctx).orElse(null);
    Sessions.Session s = ctx.attribute(Guard.SESSION);
    StringBuilder h = new StringBuilder(8192);
    h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(Html.esc(title)).append(" · Kenmon</title>")
        .append("<link rel=\"stylesheet\" href=\"/assets/kenmon.css\">");
    if (s != null) {
      h.append("<meta name=\"csrf-token\" content=\"").append(Html.esc(s.csrf())).append("\">");
    }
    h.append("</head><body>")
        .append("<a class=\"skip\" href=\"#main\">Skip to content</a>")
        .append("<header class=\"top\"><div class=\"wrap\"><a class=\"brand\" href=\"/\">Kenmon <span lang=\"ja\">検問</span></a>");
    if (p != null) {
      h.append("<nav aria-label=\"Sections\"><ul>");
      for (String[] sec : SECTIONS) {
        if (sec[0].equals("screen") && !p.role().includes(org.kenmon.store.keys.KeyRole.SCREENER)) {
          continue; // a viewer may not screen: no link to a page that would refuse them
        }
        h.append("<li><a href=\"").append(sec[2]).append('"')
            .append(sec[0].equals(section) ? " aria-current=\"page\"" : "").append('>').append(sec[1])
            .append("</a></li>");
      }
      h.append("</ul></nav><div class=\"who\"><span>").append(Html.esc(p.name())).append(" <span class=\"role\">")
          .append(Html.esc(p.role().code())).append("</span></span>")
          .append("<form method=\"post\" action=\"/signout\">").append(csrf(ctx))
          .append("<button type=\"submit\" class=\"link\">Sign out</button></form></div>");
    }
    h.append("</div></header><main id=\"main\" class=\"wrap\" tabindex=\"-1\">")
        .append(body)
        .append("</main><footer class=\"wrap foot\">Kenmon: sanctions regimes as dated, cited data. ")
        .append("<a href=\"/openapi.yaml\">API (OpenAPI)</a></footer>")
        .append("<script src=\"/webjars/htmx.org/2.0.4/dist/htmx.min.js\" defer></script>")
        .append("<script src=\"/assets/kenmon.js\" defer></script>")
        .append(scripts)
        .append("</body></html>");
    return h.toString();
  }

  /** The hidden CSRF field every form of a signed-in page carries. */
  static String csrf(Context ctx) {
    Sessions.Session s = ctx.attribute(Guard.SESSION);
    return s == null ? "" : "<input type=\"hidden\" name=\"" + Guard.CSRF_FIELD + "\" value=\"" + Html.esc(s.csrf())
        + "\">";
  }

  /** A short error or notice box. */
  static String alert(String kind, String text) {
    return "<div class=\"alert " + kind + "\" role=\"" + ("error".equals(kind) ? "alert" : "status") + "\">"
        + Html.esc(text) + "</div>";
  }
}
