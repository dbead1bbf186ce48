package org.kenmon.server.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kenmon.entity.ListVersion;
import org.kenmon.goods.GoodsClassifier;
import org.kenmon.match.NameMatcher;
import org.kenmon.money.ExchangeRates;
import org.kenmon.places.Gazetteer;
import org.kenmon.regime.Regime;
import org.kenmon.rulebook.RegimeHistory;
import org.kenmon.rulebook.Timeline;
import org.kenmon.screen.Screener;
import org.kenmon.screen.ScreeningContext;
import org.kenmon.store.DataState;

/**
 * Everything the service judges against at one moment, immutable: the regimes, the agreements,
 * the list versions and the matcher over them, and screeners built on them. Requests take the
 * current snapshot once ({@link DataHolder#current}) and use it throughout, so a reload swapping
 * in a new one never mixes two states inside one answer.
 *
 * <p>Screeners are made once per (date, issuers) asked for and reused: a screener remembers the
 * goods, routes and parties it has seen, and building one per request would throw that away.
 */
public final class Snapshot {
  /** Screeners kept per snapshot; beyond this the cache starts again (a client sweeping dates). */
  static final int MAX_SCREENERS = 256;

  private final List<Regime> regimes;
  private final RegimeHistory history;
  private final Timeline timeline;
  private final Map<String, LoadedAgreement> agreements;
  private final List<ListVersion> lists;
  private final NameMatcher matcher;
  private final GoodsClassifier goods;
  private final Gazetteer places;
  private final String engine;
  private final Instant loadedAt;
  private final ScreeningContext base;
  private final Screener screener;
  private final Map<Key, Screener> screeners = new ConcurrentHashMap<>();
  private final Map<Set<String>, RegimeHistory> histories = new ConcurrentHashMap<>();
  private final Map<Set<String>, Timeline> timelines = new ConcurrentHashMap<>();

  private record Key(LocalDate asOf, Set<String> issuers) {}

  Snapshot(List<Regime> regimes, Map<String, LoadedAgreement> agreements, List<ListVersion> lists,
      NameMatcher matcher, GoodsClassifier goods, Gazetteer places, String engine, Instant loadedAt) {
    this.regimes = List.copyOf(regimes);
    this.history = RegimeHistory.of(this.regimes);
    this.timeline = Timeline.of(history);
    this.agreements = Map.copyOf(agreements);
    this.lists = List.copyOf(lists);
    this.matcher = matcher;
    this.goods = goods;
    this.places = places;
    this.engine = engine;
    this.loadedAt = loadedAt;
    this.base = context(null, Set.of());
    this.screener = new Screener(base);
  }

  public List<Regime> regimes() {
    return regimes;
  }

  public RegimeHistory history() {
    return history;
  }

  public Timeline timeline() {
    return timeline;
  }

  /** The history of some issuers (empty: all), compiled once per snapshot. */
  public RegimeHistory history(Set<String> issuers) {
    return issuers.isEmpty() ? history : histories.computeIfAbsent(Set.copyOf(issuers), history::restrictTo);
  }

  /** The timeline of some issuers (empty: all). */
  public Timeline timeline(Set<String> issuers) {
    return issuers.isEmpty() ? timeline : timelines.computeIfAbsent(Set.copyOf(issuers), i -> Timeline.of(history(i)));
  }

  /** The agreements by id, valid or not. */
  public Map<String, LoadedAgreement> agreements() {
    return agreements;
  }

  public Optional<LoadedAgreement> agreement(String id) {
    return Optional.ofNullable(agreements.get(id));
  }

  public List<ListVersion> lists() {
    return lists;
  }

  public NameMatcher matcher() {
    return matcher;
  }

  public GoodsClassifier goods() {
    return goods;
  }

  public Gazetteer places() {
    return places;
  }

  public String engine() {
    return engine;
  }

  public Instant loadedAt() {
    return loadedAt;
  }

  /** The context of every issuer, each transaction on its own date: what holds are screened against. */
  public ScreeningContext baseContext() {
    return base;
  }

  /** The data state of {@link #baseContext()}, as the store records it. */
  public DataState state() {
    return DataState.of(base, null, null);
  }

  /**
   * A screener for a fixed date (null: each transaction's own) and issuers (empty: all loaded);
   * {@code issuers} must be upper case and loaded ({@link #unknownIssuer}).
   */
  public Screener screener(LocalDate asOf, Set<String> issuers) {
    if (asOf == null && issuers.isEmpty()) {
      return screener;
    }
    Key key = new Key(asOf, Set.copyOf(issuers));
    Screener s = screeners.get(key);
    if (s == null) {
      if (screeners.size() >= MAX_SCREENERS) {
        screeners.clear();
      }
      s = screeners.computeIfAbsent(key, k -> new Screener(context(k.asOf(), k.issuers())));
    }
    return s;
  }

  /** The first of {@code issuers} that no loaded regime has, if any. */
  public Optional<String> unknownIssuer(Set<String> issuers) {
    return issuers.stream().filter(i -> !history.issuers().contains(i)).sorted().findFirst();
  }

  /** A context over these regimes with another history (an agreement's what-if) or date. */
  public ScreeningContext context(RegimeHistory regimes, LocalDate asOf, Set<String> issuers) {
    return new ScreeningContext(regimes.restrictTo(issuers), issuers, asOf, matcher, goods, places, ExchangeRates.NONE,
        engine);
  }

  private ScreeningContext context(LocalDate asOf, Set<String> issuers) {
    return new ScreeningContext(history(issuers), issuers, asOf, matcher, goods, places, ExchangeRates.NONE, engine);
  }
}
