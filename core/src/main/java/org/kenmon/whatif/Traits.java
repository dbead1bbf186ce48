package org.kenmon.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kenmon.goods.Classification;
import org.kenmon.goods.GoodsClassifier;
import org.kenmon.goods.HsNomenclature;
import org.kenmon.places.Gazetteer;
import org.kenmon.places.Place;
import org.kenmon.places.Route;
import org.kenmon.places.RouteAnalysis;
import org.kenmon.transaction.GoodsLine;
import org.kenmon.transaction.Party;
import org.kenmon.transaction.Transaction;
import org.kenmon.transaction.TransactionType;

/**
 * What a transaction is grouped by in what-if totals: per goods line its HS chapter and brand
 * origin (classified the way screening classifies), per transaction its route or crossing and its
 * counterparty. Stateless apart from the classifier and gazetteer it is given; thread-safe.
 */
final class Traits {
  /** Roles on the far side of a trade or payment, most telling first. */
  private static final List<String> FAR_ROLES = List.of("end_user", "consignee", "importer", "payee", "buyer",
      "notify", "beneficiary", "carrier", "traveller");

  private final GoodsClassifier goods;
  private final HsNomenclature nomenclature;
  private final RouteAnalysis routes;

  Traits(GoodsClassifier goods, Gazetteer places) {
    this.goods = goods;
    this.nomenclature = HsNomenclature.shipped();
    this.routes = new RouteAnalysis(places);
  }

  /** One goods line's group keys and value. */
  record Line(Group.Key chapter, Group.Key brandOrigin, GoodsLine line) {}

  List<Line> lines(Transaction t) {
    List<Line> out = new ArrayList<>(t.goods().size());
    for (GoodsLine g : t.goods()) {
      Classification c = goods.classify(g.description(), g.hs() == null ? null : g.hs().digits());
      Group.Key chapter;
      if (c.hs() == null) {
        chapter = new Group.Key("unclassified", "could not be classified");
      } else {
        // A low-confidence code still says where the goods most likely belong; the label says so.
        String ch = c.hs().chapter().digits();
        boolean sure = c.confidence() >= GoodsClassifier.REVIEW_BELOW;
        chapter = new Group.Key(sure ? ch : ch + "?", ch + " " + nomenclature.description(c.hs().chapter())
            .orElse("HS chapter " + ch) + (sure ? "" : " (low confidence)"));
      }
      Group.Key brand = c.brand() == null ? new Group.Key("none", "no brand named")
          : new Group.Key(c.brandCountry(), "brands from " + c.brandCountry());
      out.add(new Line(chapter, brand, g));
    }
    return out;
  }

  /** Where the transaction crosses into the DPRK, or how else it moves. */
  Group.Key route(Transaction t) {
    switch (t.type()) {
      case SHIPMENT:
        if (t.route().isEmpty()) {
          return new Group.Key("no-route", "no route given"
              + (t.destination() == null ? "" : ", destination " + t.destination()));
        }
        Route r = routes.analyse(t.route().size() > RouteAnalysis.MAX_STOPS
            ? t.route().subList(0, RouteAnalysis.MAX_STOPS) : t.route(), validCountry(t.destination()));
        if (r.crossing().isPresent()) {
          Place x = r.crossing().get();
          return new Group.Key(x.id(), "crossing " + x.name());
        }
        if (r.firstKpPlace().isPresent()) {
          Place p = r.firstKpPlace().get();
          return new Group.Key(p.id(), "into the DPRK at " + p.name());
        }
        return new Group.Key(String.join(">", r.countries()), r.countries().isEmpty() ? "route through unknown places"
            : "route " + String.join(" → ", r.countries()));
      case PORT_CALL:
        return new Group.Key("port:" + t.port(), "port call at " + t.port() + (t.country() == null ? "" : " (" + t.country() + ")"));
      case CASH:
        return new Group.Key("cash:" + t.origin() + ">" + t.destination(), "cash carried " + t.origin() + " → " + t.destination());
      case ENTRY:
        return new Group.Key("entry:" + t.country(), "entry into " + t.country());
      case PAYMENT:
      default:
        return new Group.Key("payment", "payment (no route)");
    }
  }

  /**
   * The party on the other side: one from the DPRK if any, else the first in a far-side role
   * (end user, consignee, importer, payee…), else the vessel of a port call, else the last party.
   */
  Group.Key counterparty(Transaction t) {
    Party pick = null;
    for (Party p : t.parties()) {
      if ("KP".equals(p.country()) || "KP".equals(p.nationality())) {
        pick = p;
        break;
      }
    }
    for (int i = 0; pick == null && i < FAR_ROLES.size(); i++) {
      List<Party> in = t.inRole(FAR_ROLES.get(i));
      pick = in.isEmpty() ? null : in.get(0);
    }
    if (pick == null && t.type() == TransactionType.PORT_CALL && t.vessel() != null) {
      String name = t.vessel().name() == null ? "IMO " + t.vessel().imo() : t.vessel().name();
      return new Group.Key("vessel:" + name.toLowerCase(Locale.ROOT), "vessel " + name);
    }
    if (pick == null && !t.parties().isEmpty()) {
      pick = t.parties().get(t.parties().size() - 1);
    }
    if (pick == null || pick.name() == null) {
      return new Group.Key("none", "no counterparty named");
    }
    return new Group.Key(pick.name().toLowerCase(Locale.ROOT).strip(),
        pick.name().strip() + (pick.country() != null ? " (" + pick.country() + ")"
            : pick.nationality() != null ? " (national of " + pick.nationality() + ")" : ""));
  }

  private static String validCountry(String c) {
    return c != null && c.length() == 2 ? c : null;
  }
}
