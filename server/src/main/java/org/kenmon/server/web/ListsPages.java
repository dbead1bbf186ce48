package org.kenmon.server.web;

import io.javalin.http.Context;
import java.util.List;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.ListVersion;
import org.kenmon.lists.store.ListDiff;
import org.kenmon.lists.store.StoredVersion;
import org.kenmon.server.api.ApiException;
import org.kenmon.server.api.ListsApi;
import org.kenmon.server.api.Routes;
import org.kenmon.server.auth.Access;
import org.kenmon.server.data.DataHolder;

/** Sanctions list versions: those matched against now, those stored, and what changed between two. */
final class ListsPages {
  private final DataHolder data;
  private final ListsApi api;

  ListsPages(DataHolder data, ListsApi api) {
    this.data = data;
    this.api = api;
  }

  void register(Routes r) {
    r.get("/lists", Access.VIEWER, this::list);
    r.get("/lists/diff", Access.VIEWER, this::diff);
  }

  private void list(Context ctx) {
    List<StoredVersion> stored = api.stored();
    StringBuilder b = new StringBuilder("<h1>Sanctions lists</h1><section class=\"card\"><h2>Matched against now</h2>"
        + "<table class=\"grid\"><thead><tr><th scope=\"col\">Version</th><th scope=\"col\">Title</th>"
        + "<th scope=\"col\">As of</th><th scope=\"col\" class=\"num\">Entries</th></tr></thead><tbody>");
    for (ListVersion v : data.current().lists()) {
      b.append("<tr><td><code>").append(Html.esc(v.label())).append("</code></td><td>").append(Html.esc(v.title()))
          .append("</td><td>").append(v.asOf()).append("</td><td class=\"num\">").append(v.entries().size())
          .append("</td></tr>");
    }
    b.append("</tbody></table></section><section class=\"card\"><h2>Stored versions</h2>");
    if (stored.isEmpty()) {
      b.append("<p>None stored yet. An admin imports one with <code>kenmon lists import FILE --format un-xml</code> ")
          .append("or <code>POST /api/v1/lists</code>.</p></section>");
      ctx.html(Layout.page(ctx, "Lists", "lists", b.toString()));
      return;
    }
    b.append("<table class=\"grid\"><thead><tr><th scope=\"col\">Version</th><th scope=\"col\">Title</th>")
        .append("<th scope=\"col\">As of</th><th scope=\"col\" class=\"num\">Entries</th></tr></thead><tbody>");
    for (StoredVersion v : stored) {
      b.append("<tr><td><code>").append(Html.esc(v.label())).append("</code></td><td>").append(Html.esc(v.title()))
          .append("</td><td>").append(v.asOf()).append("</td><td class=\"num\">").append(v.loaded())
          .append("</td></tr>");
    }
    b.append("</tbody></table></section>").append(diffForm(stored, null, null));
    ctx.html(Layout.page(ctx, "Lists", "lists", b.toString()));
  }

  private static String diffForm(List<StoredVersion> stored, String from, String to) {
    StringBuilder b = new StringBuilder("<section class=\"card\"><h2>Compare two versions</h2><form method=\"get\" "
        + "action=\"/lists/diff\" class=\"row\">");
    String[][] fields = {{"from", "Older version", from}, {"to", "Newer version", to}};
    for (int f = 0; f < fields.length; f++) {
      b.append("<div><label for=\"").append(fields[f][0]).append("\">").append(fields[f][1]).append("</label><select id=\"")
          .append(fields[f][0]).append("\" name=\"").append(fields[f][0]).append("\">");
      for (int i = 0; i < stored.size(); i++) {
        StoredVersion v = stored.get(i);
        boolean selected = fields[f][2] != null ? v.label().equals(fields[f][2])
            : i == (f == 0 ? Math.min(1, stored.size() - 1) : 0);
        b.append("<option value=\"").append(Html.esc(v.label())).append('"').append(selected ? " selected" : "")
            .append('>').append(Html.esc(v.label())).append("</option>");
      }
      b.append("</select></div>");
    }
    return b.append("<div><button type=\"submit\">Compare</button></div></form></section>").toString();
  }

  private void diff(Context ctx) {
    String from = ctx.queryParam("from");
    String to = ctx.queryParam("to");
    StringBuilder b = new StringBuilder("<p><a href=\"/lists\">All lists</a></p>");
    try {
      if (from == null || to == null) {
        throw ApiException.badField(from == null ? "from" : "to", "choose two versions to compare");
      }
      ListDiff d = api.diff(from, to);
      b.append("<h1>From <code>").append(Html.esc(d.from())).append("</code> to <code>").append(Html.esc(d.to()))
          .append("</code></h1><p class=\"lede\">").append(d.added().size()).append(" added, ")
          .append(d.removed().size()).append(" removed, ").append(d.changed().size()).append(" changed, ")
          .append(d.unchanged()).append(" unchanged.</p>");
      b.append(entries("Added", d.added(), "added")).append(entries("Removed", d.removed(), "removed"));
      if (!d.changed().isEmpty()) {
        b.append("<section class=\"card\"><h2>Changed</h2><table class=\"grid changed\"><thead><tr><th scope=\"col\">")
            .append("Entry</th><th scope=\"col\">Name</th><th scope=\"col\">What changed</th></tr></thead><tbody>");
        for (ListDiff.Change c : d.changed()) {
          b.append("<tr><td><code>").append(Html.esc(c.entryId())).append("</code></td><td>").append(Html.esc(c.name()))
              .append("</td><td>").append(Html.esc(String.join(", ", c.fields()))).append("</td></tr>");
        }
        b.append("</tbody></table></section>");
      }
    } catch (ApiException e) {
      ctx.status(e.status());
      b.append("<h1>Compare list versions</h1>").append(Layout.alert("error", e.getMessage()));
    }
    b.append(diffForm(api.stored(), from, to));
    ctx.html(Layout.page(ctx, "List diff", "lists", b.toString()));
  }

  private static String entries(String title, List<ListEntry> entries, String cls) {
    if (entries.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<section class=\"card\"><h2>" + title + "</h2><table class=\"grid " + cls
        + "\"><thead><tr><th scope=\"col\">Entry</th><th scope=\"col\">Type</th><th scope=\"col\">Name</th>"
        + "<th scope=\"col\">Programs</th></tr></thead><tbody>");
    for (ListEntry e : entries) {
      b.append("<tr><td><code>").append(Html.esc(e.entryId())).append("</code></td><td>").append(Html.esc(e.type().code()))
          .append("</td><td>").append(Html.esc(e.name())).append("</td><td>").append(Html.esc(String.join(", ",
              e.programs()))).append("</td></tr>");
    }
    return b.append("</tbody></table></section>").toString();
  }
}
