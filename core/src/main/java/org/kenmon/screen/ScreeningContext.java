package org.kenmon.screen;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kenmon.entity.ListVersion;
import org.kenmon.goods.GoodsClassifier;
import org.kenmon.match.NameMatcher;
import org.kenmon.money.ExchangeRates;
import org.kenmon.places.Gazetteer;
import org.kenmon.rulebook.RegimeHistory;

/**
 * Everything a screening is judged against: the regimes (and which issuers count), an optional
 * fixed date (else each transaction's own date), the party matcher over loaded list versions, the
 * goods classifier, the gazetteer and the user's exchange rates. Immutable; share one across
 * threads.
 *
 * @param asOf null to judge each transaction on its own date
 * @param matcher null when no list is loaded (parties are then not screened, and verdicts say so)
 */
public record ScreeningContext(
    RegimeHistory regimes,
    Set<String> issuers,
    LocalDate asOf,
    NameMatcher matcher,
    GoodsClassifier goods,
    Gazetteer places,
    ExchangeRates rates,
    String engine) {

  /** The engine a verdict's stamp names: Kenmon's version and the name-matching algorithm. */
  public static final String ENGINE = "kenmon-0.1/" + org.kenmon.match.NameMatcher.ALGORITHM;

  public ScreeningContext {
    Objects.requireNonNull(regimes, "regimes");
    issuers = issuers == null ? Set.of() : Set.copyOf(issuers);
    Objects.requireNonNull(goods, "goods");
    Objects.requireNonNull(places, "places");
    rates = rates == null ? ExchangeRates.NONE : rates;
    Objects.requireNonNull(engine, "engine");
  }

  /** The labels of the list versions parties are matched against. */
  public List<String> listLabels() {
    return matcher == null ? List.of() : matcher.index().versions().stream().map(ListVersion::label).toList();
  }
}
