package org.kenmon.whatif.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kenmon.screen.Finding;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.read.Reject;
import org.kenmon.whatif.Comparison;
import org.kenmon.whatif.Comparison.Change;
import org.kenmon.whatif.Group;
import org.kenmon.whatif.WhatIfTally;
import org.kenmon.whatif.WhatIfTally.Dimension;

/** The what-if report for a terminal: each changed transaction as it comes, then the totals. */
public final class WhatIfText implements WhatIfSink {
  /** Rows shown per breakdown; the rest are summed in one line. */
  static final int TOP = 15;

  private final Writer out;
  private final boolean breakdowns;
  private boolean headed;

  public WhatIfText(Writer out, RunInfo info) throws IOException {
    this(out, info, true);
  }

  /** @param breakdowns false to end with the summary (the demo's short form) */
  public WhatIfText(Writer out, RunInfo info, boolean breakdowns) throws IOException {
    this.out = out;
    this.breakdowns = breakdowns;
    String warning = info.hypotheticalWarning();
    if (warning != null) {
      out.write(warning + "\n");
    }
    out.write("What-if " + info.agreement().id() + " (" + info.agreement().status().code() + "): "
        + info.agreement().title() + "\n");
    out.write("  takes effect " + info.effective() + "; " + info.dating() + "\n");
    out.write("  " + info.issuersText() + "; lists: " + info.listsText() + "\n");
    out.write("  without the agreement → with it, on the same date\n\n");
  }

  @Override
  public void comparison(Comparison c) throws IOException {
    if (c.change() == Change.UNCHANGED) {
      return;
    }
    if (!headed) {
      out.write("Transactions the agreement changes:\n");
      headed = true;
    }
    Transaction t = c.transaction();
    out.write(String.format(Locale.ROOT, "  %-12s %-9s %s%s  %s → %s  %s  %s%n", t.id(), t.type().code(), t.date(),
        t.date().equals(c.judgedOn()) ? "" : " (judged " + c.judgedOn() + ")", c.before().outcome(),
        c.after().outcome(), c.change().label().toUpperCase(Locale.ROOT), WhatIfTally.valueOf(t)));
    line("lifted", c.lifted(), f -> f.effect() + " → " + (c.effectWith(f) == null ? "gone" : c.effectWith(f)));
    line("imposed", c.imposed(), f -> f.effect().name());
    line("still", c.stillBlocking(), f -> f.effect().name());
  }

  private void line(String label, List<Finding> findings, java.util.function.Function<Finding, String> effect)
      throws IOException {
    if (!findings.isEmpty()) {
      out.write(String.format(Locale.ROOT, "      %-8s %s%n", label + ":", findings.stream()
          .map(f -> (f.measure() == null ? f.reason() : f.measure()) + " (" + f.issuer() + ", " + effect.apply(f) + ")")
          .collect(Collectors.joining("; "))));
    }
  }

  @Override
  public void reject(Reject r) throws IOException {
    // Rejects go to the rejects file or standard error; the report only counts them.
  }

  @Override
  public void finish(WhatIfTally tally, long read, long rejected) throws IOException {
    if (!headed) {
      out.write("The agreement changes none of these transactions.\n");
    }
    out.write(String.format(Locale.ROOT, "%nSummary: %d read = %d compared + %d rejected%n", read, tally.compared(),
        rejected));
    for (Change ch : Change.values()) {
      out.write(String.format(Locale.ROOT, "  %-42s %7d   %s%n", ch.label(), tally.count(ch),
          tally.count(ch) == 0 ? "" : tally.value(ch)).stripTrailing() + "\n");
    }
    for (Change ch : List.of(Change.LAWFUL, Change.NO_LONGER_REPORTABLE, Change.EASED, Change.STILL_BLOCKED)) {
      if (tally.count(ch) == 0 || !breakdowns) {
        continue;
      }
      for (Dimension d : Dimension.values()) {
        List<Group> groups = tally.breakdown(ch, d);
        if (groups.isEmpty()) {
          continue;
        }
        out.write(String.format(Locale.ROOT, "%n%s, by %s (%s):%n", capitalized(ch.label()), d.label(),
            d.perGoodsLine() ? "goods lines" : "transactions"));
        for (int i = 0; i < Math.min(TOP, groups.size()); i++) {
          Group g = groups.get(i);
          out.write(String.format(Locale.ROOT, "  %-52s %7d   %s%n", clip(g.key().label(), 52), g.count(), g.value()));
        }
        if (groups.size() > TOP) {
          long rest = groups.subList(TOP, groups.size()).stream().mapToLong(Group::count).sum();
          out.write(String.format(Locale.ROOT, "  %-52s %7d%n", "(" + (groups.size() - TOP) + " more groups)", rest));
        }
      }
    }
    out.flush();
  }

  static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
