package org.kenmon.screen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kenmon.entity.EntityType;
import org.kenmon.entity.Identifier;
import org.kenmon.entity.IdentifierType;
import org.kenmon.goods.Classification;
import org.kenmon.match.Match;
import org.kenmon.match.MatchOutcome;
import org.kenmon.match.MatchQuery;
import org.kenmon.memo.BoundedMemo;
import org.kenmon.places.Place;
import org.kenmon.places.RouteAnalysis;
import org.kenmon.regime.Direction;
import org.kenmon.rulebook.MeasureInForce;
import org.kenmon.rulebook.Rulebook;
import org.kenmon.transaction.GoodsLine;
import org.kenmon.transaction.Party;
import org.kenmon.transaction.PortVisit;
import org.kenmon.transaction.Transaction;

/**
 * Screens transactions: the entry point of Kenmon's main job. For each transaction, on its own
 * date (or a fixed one), it takes the rulebook in force, works out the facts once (where goods,
 * money or people go, who the parties are on the lists, what the goods are, where the vessel
 * called), checks every measure that can apply to the transaction's movements, and returns a
 * {@link Verdict} whose outcome is the worst finding, stamped with what it was judged against.
 *
 * <p>Thread-safe and allocation-conscious: rulebooks are precompiled per epoch, and party matches,
 * goods classifications and place lookups are remembered (bounded), since ledgers repeat them.
 */
public final class Screener {
  private static final int MAX_CACHED = 100_000;

  private final ScreeningContext context;
  private final PartyScreening parties;
  private final RouteAnalysis routes;
  private final MeasureCheck checks;
  // Ledgers repeat goods, routes and vessels: their answers are remembered, within a bound.
  private final BoundedMemo<String, Classification> goodsCache = new BoundedMemo<>(MAX_CACHED);
  private final BoundedMemo<String, org.kenmon.places.Route> routeCache = new BoundedMemo<>(MAX_CACHED);
  private final BoundedMemo<String, List<Match>> vesselCache = new BoundedMemo<>(MAX_CACHED);
  /** The parts of every verdict's stamp that are the same for all: worked out once. */
  private final String regimesStamp;
  private final List<String> listLabels;

  public Screener(ScreeningContext context) {
    this.context = context;
    this.parties = new PartyScreening(context.matcher());
    this.routes = new RouteAnalysis(context.places());
    this.checks = new MeasureCheck(context.rates(), org.kenmon.goods.HsNomenclature.shipped(), context.regimes());
    this.regimesStamp = context.regimes().dataHash().substring(0, 16);
    this.listLabels = context.listLabels();
  }

  public ScreeningContext context() {
    return context;
  }

  /** Judges a transaction on the context's fixed date, else on its own date. */
  public Verdict screen(Transaction t) {
    return screen(t, context.asOf() != null ? context.asOf() : t.date());
  }

  /**
   * Judges a transaction against the regimes in force on {@code asOf}, whatever its own date
   * (what-if asks how a transaction would fare once an agreement is in force).
   */
  public Verdict screen(Transaction t, LocalDate asOf) {
    Rulebook rulebook = context.regimes().on(asOf).restrictTo(context.issuers());
    TransactionFacts f = facts(t, asOf);
    List<Finding> findings = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    Set<String> listsCited = new LinkedHashSet<>();
    for (Direction d : f.directions) {
      for (MeasureInForce m : rulebook.applicableTo(d)) {
        if (m.scope().parties() != null) {
          listsCited.addAll(m.scope().parties().lists());
        }
        if (m.scope().vessels() != null) {
          listsCited.addAll(m.scope().vessels().listed());
        }
        if (!done.contains(m.id())) {
          Optional<Finding> finding = checks.check(m, d, f);
          if (finding.isPresent()) {
            done.add(m.id());
            findings.add(finding.get());
          }
        }
      }
    }
    findings.addAll(uncoveredListHits(f, listsCited));
    if (context.matcher() == null && !t.parties().isEmpty()) {
      findings.add(new Finding(null, "KENMON", Outcome.REVIEW, "parties were not screened: no sanctions list is loaded",
          List.of("load a list with kenmon lists import, or use the shipped UN list"), false));
    }
    findings.sort(Comparator.comparing(Finding::effect));
    Outcome outcome = Outcome.CLEAR;
    for (Finding x : findings) {
      outcome = outcome.worst(x.effect());
    }
    Stamp stamp = new Stamp(context.engine(), regimesStamp, listLabels,
        t.sha256() == null ? null : t.sha256().substring(0, 16));
    return new Verdict(t.id(), outcome, asOf, findings, stamp, t);
  }

  /**
   * A party on a loaded sanctions list that no measure in force covers (another programme, a list
   * no loaded regime cites) still needs a person to look: a list hit is never cleared silently.
   */
  private static List<Finding> uncoveredListHits(TransactionFacts f, Set<String> listsCited) {
    List<Finding> out = new ArrayList<>();
    for (var e : f.partyMatches.entrySet()) {
      for (Match m : e.getValue()) {
        boolean covered = listsCited.stream().anyMatch(l -> ListBindings.covers(l, m.entry()));
        if (covered || !f.listedBy(m.entry())) {
          continue;
        }
        Party p = e.getKey();
        out.add(new Finding(null, m.entry().listId(), Outcome.REVIEW,
            String.format(java.util.Locale.ROOT, "%s \"%s\" %s %s entry %s (%s), which no regime in force here covers",
                p.role() == null ? "party" : p.role(), p.name(),
                m.outcome() == MatchOutcome.MATCH ? "matches" : "may match", m.entry().listId(), m.entry().entryId(),
                String.join(", ", m.entry().programs())),
            List.of(String.format(java.util.Locale.ROOT, "\"%s\" (score %.2f): %s", m.entry().name(), m.score(),
                m.explanation())), false));
      }
    }
    return out;
  }

  /** Works out the transaction's geography, movements, list matches and goods once. */
  TransactionFacts facts(Transaction t, LocalDate asOf) {
    TransactionFacts f = new TransactionFacts(t, asOf);
    f.directions.add(Direction.ANY);
    switch (t.type()) {
      case SHIPMENT:
        shipment(t, f);
        break;
      case PAYMENT:
        money(t, f, List.of("payer", "payer_bank", "bank", "sender"), List.of("payee", "payee_bank", "beneficiary"));
        f.directions.add(Direction.PAYMENT);
        break;
      case CASH:
        money(t, f, List.of(), List.of());
        f.directions.add(Direction.CASH);
        break;
      case PORT_CALL:
        f.entered = t.country() != null ? t.country()
            : t.port() == null ? null : context.places().resolve(t.port()).map(Place::country).orElse(null);
        f.directions.add(Direction.PORT_CALL);
        if (t.vessel() != null) {
          for (PortVisit v : t.vessel().previousPorts()) {
            f.addCall(v, v.port() == null ? null : context.places().resolve(v.port()).orElse(null));
          }
        }
        break;
      case ENTRY:
        f.entered = t.country();
        f.directions.add(Direction.ENTRY);
        if ("reentry".equals(t.purpose())) {
          f.directions.add(Direction.REENTRY);
        }
        if ("landing".equals(t.purpose()) || !t.inRole("crew").isEmpty()) {
          f.directions.add(Direction.LANDING);
        }
        if (t.country() != null) {
          f.reaches.add(t.country());
          f.directions.add(Direction.TRAVEL);
        }
        break;
      default:
        throw new AssertionError(t.type());
    }
    for (Party p : t.parties()) {
      f.partyMatches.put(p, parties.matches(p));
    }
    if (t.vessel() != null && context.matcher() != null && (t.vessel().name() != null || t.vessel().imo() != null)) {
      f.vesselMatches.addAll(vesselCache.get(t.vessel().name() + '\u0000' + t.vessel().imo(), key -> {
        List<Identifier> ids = t.vessel().imo() == null ? List.of()
            : List.of(Identifier.of(IdentifierType.IMO, t.vessel().imo()));
        return context.matcher().match(new MatchQuery(t.vessel().name(), null, null, EntityType.VESSEL, ids));
      }));
    }
    return f;
  }

  private void shipment(Transaction t, TransactionFacts f) {
    f.directions.add(Direction.EXPORT);
    f.directions.add(Direction.IMPORT);
    f.directions.add(Direction.TRANSIT);
    f.directions.add(Direction.BROKERING);
    f.route = routeCache.get(String.join("\u0000", t.route()) + '\u0001' + t.destination(),
        key -> routes.analyse(t.route(), t.destination()));
    List<String> countries = f.route.countries();
    if (!countries.isEmpty()) {
      f.leaves.add(countries.get(0));
      f.reaches.addAll(countries.subList(1, countries.size()));
      if (countries.size() > 2) {
        f.transit.addAll(countries.subList(1, countries.size() - 1));
      }
    }
    for (Party p : t.parties()) {
      if (p.country() == null || p.role() == null) {
        continue;
      }
      if (p.role().equals("exporter") || p.role().equals("shipper")) {
        f.leaves.add(p.country());
      } else if (TransactionFacts.RECEIVING_ROLES.contains(p.role())) {
        f.reaches.add(p.country());
      }
    }
    if (t.destination() != null) {
      f.reaches.add(t.destination());
    }
    f.arrival = t.destination() != null ? t.destination() : countries.isEmpty() ? null : countries.get(countries.size() - 1);
    f.reaches.removeAll(Set.of()); // reaches keeps intermediate countries: goods do reach them
    for (GoodsLine g : t.goods()) {
      f.addGoodsOrigin(g);
      f.classifications.add(classify(g));
    }
    if (f.leaves.contains("KP")) {
      f.goodsOrigins.add("KP");
    }
    f.geography.addAll(f.route.evidence());
  }

  private void money(Transaction t, TransactionFacts f, List<String> fromRoles, List<String> toRoles) {
    if (t.origin() != null) {
      f.leaves.add(t.origin());
    }
    if (t.destination() != null) {
      f.reaches.add(t.destination());
    }
    for (Party p : t.parties()) {
      if (p.country() == null || p.role() == null) {
        continue;
      }
      if (fromRoles.contains(p.role()) || p.role().equals("carrier") && t.origin() == null) {
        f.leaves.add(p.country());
      } else if (toRoles.contains(p.role())) {
        f.reaches.add(p.country());
      }
    }
    f.arrival = t.destination();
  }

  private Classification classify(GoodsLine g) {
    return goodsCache.get(g.description() + '\u0000' + (g.hs() == null ? "" : g.hs().digits()),
        key -> context.goods().classify(g.description(), g.hs() == null ? null : g.hs().digits()));
  }
}
