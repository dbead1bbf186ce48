package org.kenmon.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kenmon.goods.GoodsClassifier;
import org.kenmon.lists.ShippedLists;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.NameMatcher;
import org.kenmon.match.index.ListIndex;
import org.kenmon.money.ExchangeRates;
import org.kenmon.places.Gazetteer;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.screen.Finding;
import org.kenmon.screen.Outcome;
import org.kenmon.screen.Screener;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.output.HtmlReport;
import org.kenmon.screen.pipeline.BatchScreening;
import org.kenmon.screen.pipeline.Summary;
import org.kenmon.screen.pipeline.VerdictSink;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.Reject;

/**
 * The screening part of the demo: the 2014 ledger judged on several dates, side by side, with an
 * HTML report per date and the bad-input file showing how rejects are reported.
 */
final class DemoScreening {
  private final RegimeHistory history;
  private final Path outDir;
  private final PrintWriter out;

  DemoScreening(RegimeHistory history, Path outDir, PrintWriter out) {
    this.history = history;
    this.outDir = outDir;
    this.out = out;
  }

  /** Screens {@code ledger} on each date and prints one row per transaction: outcome per date and why. */
  void compare(Path ledger, List<LocalDate> dates, java.util.Set<String> issuers) throws IOException {
    NameMatcher matcher = new NameMatcher(ListIndex.of(List.of(ShippedLists.un())), MatchThresholds.DEFAULT);
    Map<String, List<Verdict>> byId = new LinkedHashMap<>();
    for (LocalDate date : dates) {
      Screener screener = new Screener(new ScreeningContext(history, issuers, date, matcher,
          GoodsClassifier.shipped(), Gazetteer.shipped(), ExchangeRates.NONE, ScreenCommand.ENGINE));
      List<Verdict> verdicts = screen(screener, ledger, outDir.resolve("screening-" + date + ".html"), date);
      for (Verdict v : verdicts) {
        byId.computeIfAbsent(v.id(), k -> new ArrayList<>()).add(v);
      }
    }
    StringBuilder header = new StringBuilder(String.format("   %-6s %-10s", "id", "type"));
    for (LocalDate d : dates) {
      header.append(String.format(" %-17s", "as of " + d));
    }
    out.println(header.append(" deciding measure on the last date"));
    for (Map.Entry<String, List<Verdict>> e : byId.entrySet()) {
      List<Verdict> vs = e.getValue();
      StringBuilder row = new StringBuilder(String.format("   %-6s %-10s", e.getKey(), vs.get(0).transaction().type().code()));
      boolean changed = false;
      for (Verdict v : vs) {
        row.append(String.format(" %-17s", v.outcome().name()));
        changed |= v.outcome() != vs.get(0).outcome();
      }
      out.println(row.append(" ").append(deciding(vs.get(vs.size() - 1))).append(changed ? "   <- changed" : ""));
    }
  }

  /** The measures behind the outcome: the findings as bad as the verdict. */
  private static String deciding(Verdict v) {
    List<String> ids = new ArrayList<>();
    for (Finding f : v.findings()) {
      if (f.effect() == v.outcome() && f.measure() != null && !ids.contains(f.measure())) {
        ids.add(f.measure());
      }
    }
    return v.outcome() == Outcome.CLEAR && ids.isEmpty() ? "(none applies)" : String.join(", ", ids);
  }

  private static List<Verdict> screen(Screener screener, Path ledger, Path report, LocalDate date) throws IOException {
    List<Verdict> verdicts = new ArrayList<>();
    Files.createDirectories(report.toAbsolutePath().getParent());
    try (BufferedReader in = Files.newBufferedReader(ledger, StandardCharsets.UTF_8);
        Writer html = Files.newBufferedWriter(report, StandardCharsets.UTF_8);
        BatchScreening pipeline = new BatchScreening(2)) {
      HtmlReport r = new HtmlReport(html, "Kenmon demo: the 2014 ledger as of " + date,
          List.of("Input: " + ledger, "Judged as of " + date + " against the shipped regimes and the shipped UN list"));
      Summary summary = new Summary();
      pipeline.run(ledger.toString(), in, 1, new JsonTransactionParser(), screener::screen, new VerdictSink() {
        @Override
        public void verdict(Verdict v) throws IOException {
          verdicts.add(v);
          r.verdict(v);
        }

        @Override
        public void reject(Reject x) throws IOException {
          r.reject(x);
        }
      }, summary, n -> { });
      r.finish(summary);
    }
    return verdicts;
  }

  /** Reads a file of bad records and prints each reject and the reconciled counts. */
  void rejects(Path bad) throws IOException {
    List<Reject> rejects = new ArrayList<>();
    Summary summary = new Summary();
    JsonTransactionParser parser = new JsonTransactionParser();
    try (BufferedReader in = Files.newBufferedReader(bad, StandardCharsets.UTF_8);
        BatchScreening pipeline = new BatchScreening(1)) {
      pipeline.run(bad.toString(), in, 1, parser, t -> {
        throw new IllegalStateException("the bad-records example should hold no valid record: " + t.id());
      }, new VerdictSink() {
        @Override
        public void verdict(Verdict v) { }

        @Override
        public void reject(Reject r) {
          rejects.add(r);
        }
      }, summary, n -> { });
    }
    for (Reject r : rejects) {
      out.println("   " + r);
    }
    out.printf("   read %d = screened %d + rejected %d%n", summary.read(), summary.screened(), summary.rejected());
  }
}
