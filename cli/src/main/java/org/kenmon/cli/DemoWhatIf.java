package org.kenmon.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.kenmon.agreement.Agreement;
import org.kenmon.agreement.AgreementOverlay;
import org.kenmon.agreement.AgreementReader;
import org.kenmon.goods.GoodsClassifier;
import org.kenmon.lists.ShippedLists;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.NameMatcher;
import org.kenmon.match.index.ListIndex;
import org.kenmon.money.ExchangeRates;
import org.kenmon.places.Gazetteer;
import org.kenmon.regime.Regime;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.ReadOutcome;
import org.kenmon.whatif.Comparison;
import org.kenmon.whatif.WhatIf;
import org.kenmon.whatif.WhatIfTally;
import org.kenmon.whatif.report.RunInfo;
import org.kenmon.whatif.report.WhatIfHtml;
import org.kenmon.whatif.report.WhatIfText;

/** The what-if part of the demo: the 2014 ledger without and with a shipped agreement. */
final class DemoWhatIf {
  private final List<Regime> regimes;
  private final Path outDir;
  private final PrintWriter out;

  DemoWhatIf(List<Regime> regimes, Path outDir, PrintWriter out) {
    this.regimes = regimes;
    this.outDir = outDir;
    this.out = out;
  }

  /** Prints the short text report (indented) and writes the HTML report to {@code html}. */
  void run(Path ledger, Path agreementFile, Set<String> issuers, Path html) throws IOException {
    Agreement a = AgreementReader.read(agreementFile).agreement();
    if (a == null || a.effectiveDate().isEmpty()) {
      throw new InputException("demo: " + agreementFile + " does not read as an agreement with an effective date; "
          + "run kenmon agreement check " + agreementFile);
    }
    AgreementOverlay.Scenario scenario = AgreementOverlay.scenario(regimes, a, a.effectiveDate().get());
    NameMatcher matcher = new NameMatcher(ListIndex.of(List.of(ShippedLists.un())), MatchThresholds.DEFAULT);
    WhatIf whatIf = WhatIf.of(new ScreeningContext(RegimeHistory.of(regimes), issuers, null, matcher,
        GoodsClassifier.shipped(), Gazetteer.shipped(), ExchangeRates.NONE, ScreenCommand.ENGINE), scenario);
    RunInfo info = new RunInfo(a, scenario.date(), null, List.copyOf(issuers), List.of(ShippedLists.un().label()),
        List.of(ledger.toString()), ScreenCommand.ENGINE);
    StringWriter text = new StringWriter();
    Files.createDirectories(html.toAbsolutePath().getParent());
    try (Writer page = Files.newBufferedWriter(html, StandardCharsets.UTF_8);
        BufferedReader in = Files.newBufferedReader(ledger, StandardCharsets.UTF_8)) {
      WhatIfText brief = new WhatIfText(text, info, false);
      WhatIfHtml report = new WhatIfHtml(page, info);
      WhatIfTally tally = new WhatIfTally(whatIf);
      JsonTransactionParser parser = new JsonTransactionParser();
      long read = 0;
      long rejected = 0;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        read++;
        ReadOutcome r = parser.parse(ledger.toString(), read, line);
        if (r.isRejected()) {
          rejected++;
          continue;
        }
        Comparison c = whatIf.compare(r.transaction());
        tally.add(c);
        brief.comparison(c);
        report.comparison(c);
      }
      brief.finish(tally, read, rejected);
      report.finish(tally, read, rejected);
    }
    text.toString().lines().forEach(l -> out.println(l.isEmpty() ? l : "   " + l));
  }
}
