package org.kenmon.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kenmon.entity.ListVersion;
import org.kenmon.goods.GoodsClassifier;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.NameMatcher;
import org.kenmon.match.index.ListIndex;
import org.kenmon.places.Gazetteer;
import org.kenmon.regime.yaml.RegimeLoader;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.screen.Screener;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.screen.Verdict;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.ReadOutcome;

/** Screening contexts and transactions for store tests: the shipped regimes and the demo ledger. */
public final class Screenings {
  /** The demo ledger, from the checkout (tests run in the module's folder). */
  public static final Path LEDGER = Path.of("..", "examples", "2014", "ledger.jsonl");
  public static final String ENGINE = "kenmon-test";

  private static final RegimeHistory SHIPPED = RegimeHistory.of(RegimeLoader.loadShipped().regimes());
  private static final GoodsClassifier GOODS = GoodsClassifier.shipped();
  private static final Gazetteer PLACES = Gazetteer.shipped();

  private Screenings() {}

  /**
   * A context over the shipped regimes of {@code issuers} (empty: all), each transaction on its own
   * date, parties matched against one empty list version (so no party is left unscreened).
   */
  public static ScreeningContext context(Set<String> issuers) {
    return context(issuers, null);
  }

  public static ScreeningContext context(Set<String> issuers, LocalDate asOf) {
    ListVersion empty = new ListVersion("test-list", "an empty list", "csv", LocalDate.of(2020, 1, 1),
        "0123456789abcdef0123456789abcdef", List.of());
    NameMatcher matcher = new NameMatcher(ListIndex.of(List.of(empty)), MatchThresholds.DEFAULT);
    return new ScreeningContext(SHIPPED.restrictTo(issuers), issuers, asOf, matcher, GOODS, PLACES, null, ENGINE);
  }

  /** The records of the demo ledger, as read. */
  public static List<Transaction> ledger() {
    return ledger(1, "");
  }

  /**
   * The demo ledger repeated {@code copies} times, each copy's ids suffixed {@code -<suffix><copy>}
   * (so each record is new), as read from a file named {@code ledger.jsonl}.
   */
  public static List<Transaction> ledger(int copies, String suffix) {
    List<String> lines;
    try {
      lines = Files.readAllLines(LEDGER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonTransactionParser parser = new JsonTransactionParser();
    List<Transaction> out = new ArrayList<>();
    int n = 0;
    for (int c = 0; c < copies; c++) {
      for (String line : lines) {
        if (line.isBlank()) {
          continue;
        }
        String text = copies == 1 && suffix.isEmpty() ? line
            : line.replaceFirst("\"id\": \"([^\"]+)\"", "\"id\": \"$1-" + suffix + c + "\"");
        ReadOutcome r = parser.parse("ledger.jsonl", ++n, text);
        if (r.isRejected()) {
          throw new IllegalStateException(r.reject().toString());
        }
        out.add(r.transaction());
      }
    }
    return out;
  }

  public static List<Verdict> screen(ScreeningContext context, List<Transaction> transactions) {
    Screener s = new Screener(context);
    return transactions.stream().map(s::screen).toList();
  }
}
