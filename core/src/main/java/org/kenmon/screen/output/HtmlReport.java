package org.kenmon.screen.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.kenmon.screen.Finding;
import org.kenmon.screen.Outcome;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.pipeline.Summary;
import org.kenmon.screen.pipeline.VerdictSink;
import org.kenmon.transaction.read.Reject;

/**
 * A screening report a compliance officer can read and print: one section per transaction that
 * needs action (findings with their evidence, sources and unconfirmed facts), a compact table of
 * the others, the rejected records with file, line and field, and the counts. Written as the
 * verdicts arrive, so memory does not grow with the input: the summary comes last.
 */
public final class HtmlReport implements VerdictSink {
  private final Writer out;
  private boolean inClearTable;
  private long clearShown;
  /** Beyond this many, CLEAR and REPORTABLE verdicts are only counted, to keep the report readable. */
  public static final long MAX_QUIET_ROWS = 5_000;

  public HtmlReport(Writer out, String title, List<String> context) throws IOException {
    this.out = out;
    out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>\n");
    out.write("<style>body{font:14px/1.45 system-ui,Helvetica,Arial,sans-serif;margin:2em;color:#222;max-width:70em}"
        + "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}"
        + ".v{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;margin:.8em 0;page-break-inside:avoid}"
        + ".o{font-weight:bold;padding:.1em .5em;border-radius:4px;color:#fff}"
        + ".PROHIBITED{background:#c0392b}.LICENCE_REQUIRED{background:#e67e22}.REVIEW{background:#8e44ad}"
        + ".REPORTABLE{background:#2e86c1}.CLEAR{background:#27ae60}"
        + "ul{margin:.3em 0 .3em 1.2em;padding:0}li{margin:.15em 0}.ev{color:#555;font-size:.92em}"
        + ".u{color:#a04000;font-weight:bold}table{border-collapse:collapse;width:100%}"
        + "td,th{border-bottom:1px solid #eee;padding:.25em .5em;text-align:left;font-size:.92em}"
        + "@media print{body{margin:0}a{color:inherit}}</style></head><body>\n");
    out.write("<h1>" + esc(title) + "</h1>\n<p>");
    for (String line : context) {
      out.write(esc(line) + "<br>\n");
    }
    out.write("The summary is at the <a href=\"#summary\">end</a>.</p>\n<h2>Transactions that need action</h2>\n");
  }

  @Override
  public void verdict(Verdict v) throws IOException {
    if (v.outcome().needsAction()) {
      closeTable();
      out.write("<div class=\"v\"><span class=\"o " + v.outcome().name() + "\">" + v.outcome().name()
          + "</span> <b>" + esc(v.id()) + "</b> · " + esc(v.transaction().type().code()) + " · dated "
          + v.transaction().date() + " · judged as of " + v.asOf() + " · <span class=\"ev\">" + esc(v.transaction().source())
          + "</span>\n<ul>\n");
      for (Finding f : v.findings()) {
        out.write("<li><span class=\"o " + f.effect().name() + "\">" + f.effect().name() + "</span> "
            + (f.measure() == null ? "" : "<b>" + esc(f.measure()) + "</b> (" + esc(f.issuer()) + "): ")
            + esc(f.reason()) + (f.unconfirmed() ? " <span class=\"u\">rests on unconfirmed facts</span>" : "")
            + "<ul class=\"ev\">");
        for (String e : f.evidence()) {
          out.write("<li>" + esc(e) + "</li>");
        }
        out.write("</ul></li>\n");
      }
      out.write("</ul><div class=\"ev\">stamp: " + esc(v.stamp().engine()) + " · regimes " + esc(v.stamp().regimes())
          + " · lists " + esc(String.join(", ", v.stamp().lists())) + " · input " + esc(v.stamp().input())
          + "</div></div>\n");
      return;
    }
    if (clearShown++ >= MAX_QUIET_ROWS) {
      return;
    }
    if (!inClearTable) {
      out.write("<h2>Other transactions</h2>\n<table><tr><th>id</th><th>outcome</th><th>type</th><th>date</th>"
          + "<th>why</th></tr>\n");
      inClearTable = true;
    }
    StringBuilder why = new StringBuilder();
    for (Finding f : v.findings()) {
      why.append(why.length() == 0 ? "" : "; ").append(f.measure() == null ? "" : f.measure() + ": ").append(f.reason());
    }
    out.write("<tr><td>" + esc(v.id()) + "</td><td><span class=\"o " + v.outcome().name() + "\">" + v.outcome().name()
        + "</span></td><td>" + v.transaction().type().code() + "</td><td>" + v.transaction().date() + "</td><td>"
        + esc(why.length() == 0 ? "no measure in force applies" : why.toString()) + "</td></tr>\n");
  }

  private void closeTable() throws IOException {
    if (inClearTable) {
      out.write("</table>\n");
      inClearTable = false;
    }
  }

  private boolean rejectsOpen;

  @Override
  public void reject(Reject r) throws IOException {
    closeTable();
    if (!rejectsOpen) {
      out.write("<h2>Rejected records (not screened)</h2>\n<ul>\n");
      rejectsOpen = true;
    }
    out.write("<li><b>" + esc(r.file() + ":" + r.line()) + "</b> " + (r.id() == null ? "" : esc(r.id()) + " ")
        + "<ul class=\"ev\">");
    for (Reject.FieldProblem p : r.problems()) {
      out.write("<li>" + esc(p.field()) + ": " + esc(p.message()) + "</li>");
    }
    out.write("</ul></li>\n");
  }

  @Override
  public void finish(Summary s) throws IOException {
    closeTable();
    if (rejectsOpen) {
      out.write("</ul>\n");
    }
    if (clearShown > MAX_QUIET_ROWS) {
      out.write("<p>" + (clearShown - MAX_QUIET_ROWS) + " more transactions without action needed are counted below "
          + "but not listed.</p>\n");
    }
    out.write("<h2 id=\"summary\">Summary</h2>\n<p>Read " + s.read() + " = screened " + s.screened() + " + rejected "
        + s.rejected() + ".</p>\n<table><tr><th>outcome</th><th>transactions</th></tr>\n");
    for (Map.Entry<Outcome, Long> e : s.byOutcome().entrySet()) {
      out.write("<tr><td><span class=\"o " + e.getKey().name() + "\">" + e.getKey().name() + "</span></td><td>"
          + e.getValue() + "</td></tr>\n");
    }
    out.write("</table>\n");
    if (!s.byMeasure().isEmpty()) {
      out.write("<table><tr><th>measure</th><th>findings (not clear)</th></tr>\n");
      for (Map.Entry<String, Long> e : s.byMeasure().entrySet()) {
        out.write("<tr><td>" + esc(e.getKey()) + "</td><td>" + e.getValue() + "</td></tr>\n");
      }
      out.write("</table>\n");
    }
    out.write("</body></html>\n");
    out.flush();
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
