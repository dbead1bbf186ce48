package org.kenmon.flink;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kenmon.entity.ListVersion;
import org.kenmon.goods.GoodsClassifier;
import org.kenmon.lists.ShippedLists;
import org.kenmon.lists.store.ListStore;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.NameMatcher;
import org.kenmon.match.index.ListIndex;
import org.kenmon.money.ExchangeRates;
import org.kenmon.places.Gazetteer;
import org.kenmon.problems.Problem;
import org.kenmon.regime.yaml.RegimeLoader;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.screen.ScreeningContext;

/**
 * How to build the screening context, as data small enough to ship to every Flink task: the
 * context itself (a compiled list index of tens of megabytes) is built where it is used, once per
 * task, from the same files, so every task judges alike. The defaults are those of {@code kenmon
 * screen}: the shipped regimes, the latest stored version of every list in the data directory and
 * the shipped UN list unless a UN list is stored.
 *
 * @param regimePaths regime files or folders; empty for the regimes shipped inside Kenmon
 * @param issuers only these issuers (JP, UN); empty for all
 * @param asOf the date to judge every record on; null for each record's own date
 * @param dataDir a Kenmon data directory whose stored list versions to use; null for none
 * @param matchParties false to match no list ({@code --no-lists})
 * @param ratesFile exchange rates (CSV date,base,quote,rate); null for none
 */
public record ScreenerRecipe(List<String> regimePaths, Set<String> issuers, LocalDate asOf, String dataDir,
    boolean matchParties, String ratesFile) implements Serializable {

  public ScreenerRecipe {
    regimePaths = List.copyOf(regimePaths);
    Set<String> upper = new LinkedHashSet<>();
    issuers.forEach(i -> upper.add(i.trim().toUpperCase(Locale.ROOT)));
    issuers = Set.copyOf(upper);
  }

  /** The defaults of {@code kenmon screen}: shipped regimes, the shipped UN list, own dates. */
  public static ScreenerRecipe shipped() {
    return new ScreenerRecipe(List.of(), Set.of(), null, null, true, null);
  }

  /**
   * Builds the context. Throws {@link IllegalArgumentException} naming the file and the problem
   * when the regimes, lists or rates cannot be used, so that a job fails before it starts.
   */
  public ScreeningContext context() {
    RegimeHistory history = regimes();
    NameMatcher matcher = matchParties ? new NameMatcher(ListIndex.of(lists()), MatchThresholds.DEFAULT) : null;
    return new ScreeningContext(history, issuers, asOf, matcher, GoodsClassifier.shipped(), Gazetteer.shipped(),
        rates(), ScreeningContext.ENGINE);
  }

  private RegimeHistory regimes() {
    RegimeLoader.Result loaded;
    try {
      loaded = regimePaths.isEmpty() ? RegimeLoader.loadShipped()
          : RegimeLoader.load(regimePaths.stream().map(Path::of).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the regimes " + regimePaths, e);
    }
    if (loaded.hasErrors()) {
      throw new IllegalArgumentException("regime data is invalid (" + loaded.errorCount()
          + " errors); run 'kenmon regime check' for details. First error: "
          + loaded.problems().stream().filter(Problem::isError).findFirst().orElseThrow());
    }
    RegimeHistory all = RegimeHistory.of(loaded.regimes());
    for (String issuer : issuers) {
      if (!all.issuers().contains(issuer)) {
        throw new IllegalArgumentException("unknown issuer " + issuer + "; the loaded regimes have: "
            + String.join(", ", all.issuers()));
      }
    }
    return all.restrictTo(issuers);
  }

  private List<ListVersion> lists() {
    return dataDir == null ? List.of(ShippedLists.un()) : new ListStore(Path.of(dataDir)).defaultSelection();
  }

  private ExchangeRates rates() {
    if (ratesFile == null) {
      return ExchangeRates.NONE;
    }
    try (Reader in = Files.newBufferedReader(Path.of(ratesFile), StandardCharsets.UTF_8)) {
      ExchangeRates.ReadResult r = ExchangeRates.read(ratesFile, in);
      if (!r.problems().isEmpty()) {
        throw new IllegalArgumentException("the rates file has " + r.problems().size() + " bad rows; first: "
            + r.problems().get(0));
      }
      return r.rates();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read rates file " + ratesFile + ": " + e.getMessage(), e);
    }
  }
}
