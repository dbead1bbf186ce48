package org.kenmon.screen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenmon.goods.Classification;
import org.kenmon.match.Match;
import org.kenmon.places.Place;
import org.kenmon.places.Route;
import org.kenmon.regime.Direction;
import org.kenmon.transaction.GoodsLine;
import org.kenmon.transaction.Party;
import org.kenmon.transaction.PortVisit;
import org.kenmon.transaction.Transaction;

/**
 * What screening needs to know about one transaction, worked out once: where goods, money or
 * people leave and reach, the movements (directions) it makes, the parties' list matches, the
 * goods' classifications, the vessel's earlier calls resolved to countries.
 *
 * <p>Geography of a shipment: it leaves the country of its first route place and of its exporter
 * or shipper; it reaches every later country of the route, its declared destination and the
 * countries of its consignee, importer and end user (a Japanese exporter shipping through China
 * to a consignee in Sinuiju is exporting to the DPRK). Goods come from their declared origins and
 * from the DPRK when the route or the shipper starts there.
 */
final class TransactionFacts {
  static final Set<String> INTERMEDIARY_ROLES = Set.of("broker", "trader", "intermediary", "agent", "seller", "buyer");
  static final Set<String> RECEIVING_ROLES = Set.of("consignee", "importer", "end_user", "buyer", "notify");

  final Transaction t;
  final java.time.LocalDate asOf;
  final Set<String> leaves = new LinkedHashSet<>();
  final Set<String> reaches = new LinkedHashSet<>();
  final Set<String> transit = new LinkedHashSet<>();
  final Set<String> goodsOrigins = new LinkedHashSet<>();
  String arrival;
  String entered;
  Route route;
  final Set<Direction> directions = new LinkedHashSet<>();
  final List<String> geography = new ArrayList<>();
  final Map<Party, List<Match>> partyMatches = new LinkedHashMap<>();
  final List<Classification> classifications = new ArrayList<>();
  final List<Match> vesselMatches = new ArrayList<>();
  final List<String> calledCountries = new ArrayList<>();
  final List<String> calledEvidence = new ArrayList<>();
  boolean unknownCalls;

  TransactionFacts(Transaction t, java.time.LocalDate asOf) {
    this.t = t;
    this.asOf = asOf;
  }

  /**
   * Whether a list entry was designated by the date judged. The list is a snapshot of today; an
   * entry listed later is not held against a transaction of before (delistings cannot be seen in
   * a snapshot, which the verdict's list stamp makes plain).
   */
  boolean listedBy(org.kenmon.entity.ListEntry e) {
    return e.listedOn() == null || !e.listedOn().isAfter(asOf);
  }

  /** Parties screening looks at for a measure's nationality and residence conditions. */
  List<Party> subjects(Direction d) {
    switch (d) {
      case ENTRY:
      case REENTRY:
      case LANDING:
      case TRAVEL:
        return roles("traveller", "traveler", "crew", "passenger");
      case PAYMENT:
        return roles("payee", "beneficiary");
      case CASH:
        return roles("carrier");
      default:
        List<Party> out = new ArrayList<>();
        for (Party p : t.parties()) {
          if (p.role() != null && RECEIVING_ROLES.contains(p.role())) {
            out.add(p);
          }
        }
        return out;
    }
  }

  private List<Party> roles(String... roles) {
    List<Party> out = new ArrayList<>();
    for (Party p : t.parties()) {
      for (String r : roles) {
        if (p.hasRole(r)) {
          out.add(p);
        }
      }
    }
    if (out.isEmpty() && t.parties().size() == 1) {
      out.add(t.parties().get(0));
    }
    return out;
  }

  /** Whether a party in an intermediary role is established in this country. */
  boolean intermediaryIn(String country) {
    for (Party p : t.parties()) {
      if (country.equals(p.country()) && p.role() != null && INTERMEDIARY_ROLES.contains(p.role())) {
        return true;
      }
    }
    return false;
  }

  boolean anyPartyIn(String country) {
    for (Party p : t.parties()) {
      if (country.equals(p.country()) || country.equals(p.nationality())) {
        return true;
      }
    }
    return false;
  }

  void addGoodsOrigin(GoodsLine g) {
    if (g.origin() != null) {
      goodsOrigins.add(g.origin());
    }
  }

  /**
   * Whether the transaction touches a country anywhere: goods, money or people leaving, reaching
   * or coming from it, a party established in it or of its nationality, a vessel of its flag or
   * that called there, or entering it.
   */
  boolean involves(String country) {
    if (leaves.contains(country) || reaches.contains(country) || goodsOrigins.contains(country)
        || country.equals(entered) || country.equals(t.origin()) || country.equals(t.destination())
        || calledCountries.contains(country) || anyPartyIn(country)) {
      return true;
    }
    // An earlier call at a port the gazetteer does not know may have been in the country.
    return t.vessel() != null && (country.equals(t.vessel().flag()) || unknownCalls);
  }

  /** Records an earlier port call resolved to a country, or an unknown one. */
  void addCall(PortVisit v, Place place) {
    if (place == null) {
      unknownCalls = true;
      calledEvidence.add("earlier call at \"" + v.port() + "\"" + (v.date() == null ? "" : " on " + v.date())
          + ": place unknown to the gazetteer");
      return;
    }
    calledCountries.add(place.country());
    calledEvidence.add("earlier call at " + place.name() + " (" + place.country() + ")"
        + (v.date() == null ? "" : " on " + v.date()));
  }
}
