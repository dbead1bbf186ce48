package org.kenmon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.kenmon.goods.GoodsClassifier;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.NameMatcher;
import org.kenmon.match.index.ListIndex;
import org.kenmon.money.ExchangeRates;
import org.kenmon.places.Gazetteer;
import org.kenmon.problems.Problem;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.stamp.Hashing;

/**
 * What a screening is judged against, built one way for every command that screens ({@code
 * screen}, {@code holds rescreen}, the rescreen after {@code lists import}): the regimes chosen,
 * the list versions, the exchange rates and the engine.
 */
final class ScreeningSetup {
  private ScreeningSetup() {}

  /**
   * @param lists the list versions to match parties against; null to match none ({@code --no-lists})
   * @param ratesFile exchange rates (CSV date,base,quote,rate), or null
   * @param asOf the date to judge every transaction on, or null for each one's own
   */
  static ScreeningContext context(RegimeOptions regimes, ListSelection lists, Path ratesFile, LocalDate asOf,
      PrintWriter err) throws IOException {
    RegimeHistory history = regimes.history();
    NameMatcher matcher = null;
    if (lists != null) {
      matcher = new NameMatcher(ListIndex.of(lists.load()), MatchThresholds.DEFAULT);
    }
    ExchangeRates rates = ExchangeRates.NONE;
    if (ratesFile != null) {
      if (!Files.isRegularFile(ratesFile)) {
        throw new InputException("no such rates file: " + ratesFile);
      }
      ExchangeRates.ReadResult r = ExchangeRates.read(ratesFile.toString(),
          Files.newBufferedReader(ratesFile, StandardCharsets.UTF_8));
      for (Problem p : r.problems()) {
        err.println(p);
      }
      if (!r.problems().isEmpty()) {
        throw new InputException("the rates file has " + r.problems().size() + " bad rows; fix them first");
      }
      rates = r.rates();
    }
    return new ScreeningContext(history, Set.copyOf(regimes.issuers), asOf, matcher, GoodsClassifier.shipped(),
        Gazetteer.shipped(), rates, ScreenCommand.ENGINE);
  }

  /** The SHA-256 of the rates file, for the data state; null without one. */
  static String ratesHash(Path ratesFile) {
    if (ratesFile == null) {
      return null;
    }
    try {
      return Hashing.sha256(Files.readAllBytes(ratesFile));
    } catch (IOException e) {
      throw new InputException("cannot read rates file " + ratesFile + ": " + e.getMessage(), e);
    }
  }

  /** Who runs kenmon, for the audit log: the operating-system account. */
  static String actor() {
    String user = System.getProperty("user.name");
    return user == null || user.isBlank() ? "unknown" : user;
  }
}
