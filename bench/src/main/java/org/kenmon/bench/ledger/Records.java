package org.kenmon.bench.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.kenmon.places.Place;

/**
 * One record of each transaction type (docs/transactions.md) as an ordered tree, in the
 * proportions of a trading house's ledger: shipments 60 %, payments 30 %, port calls 5 %, cash 3 %,
 * entries 2 %; dates from 2006 to February 2026; amounts in JPY, USD, CNY or EUR, with the JPY rate
 * most of the time a foreign amount needs one.
 */
final class Records {
  static final String[] TYPES = {"shipment", "payment", "port_call", "cash", "entry"};
  static final double[] TYPE_WEIGHTS = {0.60, 0.30, 0.05, 0.03, 0.02};
  static final LocalDate FIRST = LocalDate.of(2006, 1, 1);
  static final LocalDate LAST = LocalDate.of(2026, 2, 27);
  private static final String[] CURRENCIES = {"JPY", "USD", "CNY", "EUR"};
  private static final double[] PAYMENT_CURRENCY_WEIGHTS = {0.40, 0.35, 0.15, 0.10};
  private static final double[] GOODS_CURRENCY_WEIGHTS = {0.20, 0.60, 0.15, 0.05};
  /** Rough JPY per unit over 2006–2026, as ranges a rate is drawn from. */
  private static final double[][] JPY_PER_UNIT = {{1, 1}, {76, 150}, {11, 21}, {97, 165}};

  private final Parties parties;
  private final GoodsCatalogue goods;
  private final RouteBook routes;
  private final int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1;

  Records(Parties parties, GoodsCatalogue goods, RouteBook routes) {
    this.parties = parties;
    this.goods = goods;
    this.routes = routes;
  }

  /** The record of serial number {@code n}, of the type drawn. */
  Map<String, Object> next(long n, SplittableRandom r) {
    String type = TYPES[Parties.index(TYPE_WEIGHTS, r)];
    LocalDate date = FIRST.plusDays(r.nextInt(days));
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("id", String.format("T-%09d", n));
    t.put("date", date.toString());
    t.put("type", type);
    switch (type) {
      case "shipment" -> shipment(t, date, r);
      case "payment" -> payment(t, r);
      case "port_call" -> portCall(t, date, r);
      case "cash" -> cash(t, r);
      default -> entry(t, r);
    }
    return t;
  }

  private void shipment(Map<String, Object> t, LocalDate date, SplittableRandom r) {
    List<Object> ps = new ArrayList<>();
    ps.add(party("exporter", parties.company(r), r));
    ps.add(party("consignee", parties.company(r), r));
    if (r.nextInt(4) == 0) {
      ps.add(party("end_user", parties.company(r), r));
    }
    if (r.nextInt(7) == 0) {
      ps.add(party("notify", parties.company(r), r));
    }
    if (r.nextInt(10) == 0) {
      ps.add(party("broker", parties.company(r), r));
    }
    t.put("parties", ps);
    int lines = 1 + (r.nextInt(100) < 60 ? 0 : r.nextInt(100) < 62 ? 1 : r.nextInt(3) < 2 ? 2 : 3);
    String currency = CURRENCIES[Parties.index(GOODS_CURRENCY_WEIGHTS, r)];
    List<Object> gs = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      GoodsCatalogue.Article a = goods.next(r);
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("description", a.description());
      if (a.hs() != null) {
        g.put("hs", a.hs());
      }
      g.put("quantity", 1 + r.nextInt(5000));
      g.put("value", money(200, 2_000_000, currency, r));
      g.put("currency", currency);
      if (r.nextInt(5) > 0) {
        g.put("origin", a.origin());
      }
      gs.add(g);
    }
    t.put("goods", gs);
    RouteBook.Route route = routes.route(r);
    t.put("route", route.places());
    if (route.destination() != null) {
      t.put("destination", route.destination());
    }
    if (r.nextInt(10) < 3) {
      t.put("vessel", vessel(date, r.nextInt(3), r));
    }
    rates(t, currency, r);
    if (r.nextInt(100) == 0) {
      t.put("purpose", "humanitarian");
    }
  }

  private void payment(Map<String, Object> t, SplittableRandom r) {
    Counterparty payer = r.nextInt(10) < 7 ? parties.company(r) : parties.person(r);
    Counterparty payee = r.nextInt(10) < 7 ? parties.company(r) : parties.person(r);
    List<Object> ps = new ArrayList<>();
    ps.add(party("payer", payer, r));
    if (r.nextBoolean()) {
      ps.add(party("payer_bank", parties.bank(r), r));
    }
    ps.add(party("payee", payee, r));
    if (r.nextBoolean()) {
      ps.add(party("payee_bank", parties.bank(r), r));
    }
    t.put("parties", ps);
    String currency = CURRENCIES[Parties.index(PAYMENT_CURRENCY_WEIGHTS, r)];
    t.put("amount", money(10_000, 500_000_000, currency, r));
    t.put("currency", currency);
    if (r.nextBoolean() && payer.country() != null && payee.country() != null) {
      t.put("origin", payer.country());
      t.put("destination", payee.country());
    }
    int purpose = r.nextInt(100);
    if (purpose < 3) {
      t.put("purpose", "humanitarian");
    } else if (purpose < 40) {
      t.put("purpose", "trade settlement");
    }
    rates(t, currency, r);
  }

  private void portCall(Map<String, Object> t, LocalDate date, SplittableRandom r) {
    Place port = routes.port(r);
    t.put("port", RouteBook.name(port, r));
    if (r.nextBoolean()) {
      t.put("country", port.country());
    }
    t.put("vessel", vessel(date, r.nextInt(4), r));
    if (r.nextInt(20) == 0) {
      t.put("purpose", "humanitarian");
    }
  }

  private void cash(Map<String, Object> t, SplittableRandom r) {
    t.put("parties", List.of(party("carrier", parties.person(r), r)));
    t.put("origin", r.nextInt(5) > 0 ? "JP" : "CN");
    String[] to = {"CN", "KR", "KP", "HK", "RU", "US"};
    t.put("destination", to[r.nextInt(to.length)]);
    String currency = r.nextInt(5) > 0 ? "JPY" : CURRENCIES[1 + r.nextInt(3)];
    t.put("amount", money(50_000, 20_000_000, currency, r));
    t.put("currency", currency);
    rates(t, currency, r);
  }

  private void entry(Map<String, Object> t, SplittableRandom r) {
    String role = r.nextInt(10) == 0 ? "crew" : "traveller";
    t.put("parties", List.of(party(role, parties.person(r), r)));
    String[] countries = {"JP", "JP", "JP", "JP", "CN", "KR"};
    t.put("country", countries[r.nextInt(countries.length)]);
    int purpose = r.nextInt(20);
    if (purpose < 2) {
      t.put("purpose", "reentry");
    } else if (purpose < 3) {
      t.put("purpose", "landing");
    }
  }

  private static Map<String, Object> party(String role, Counterparty c, SplittableRandom r) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("role", role);
    p.put("name", c.name());
    if (c.country() != null) {
      p.put("country", c.country());
    }
    if (c.nationality() != null && r.nextInt(4) > 0) {
      p.put("nationality", c.nationality());
    }
    if (c.dob() != null && r.nextInt(5) < 3) {
      p.put("dob", c.dob());
    }
    return p;
  }

  private Map<String, Object> vessel(LocalDate date, int calls, SplittableRandom r) {
    Ship s = parties.ship(r);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("name", s.name());
    if (s.imo() != null) {
      v.put("imo", s.imo());
    }
    if (s.flag() != null) {
      v.put("flag", s.flag());
    }
    if (calls > 0) {
      List<Object> prev = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("port", RouteBook.name(routes.previousPort(r), r));
        call.put("date", date.minusDays(3 + r.nextInt(400)).toString());
        prev.add(call);
      }
      v.put("previous_ports", prev);
    }
    return v;
  }

  /** A JPY rate for a foreign currency, given most of the time (never for JPY, which needs none). */
  private static void rates(Map<String, Object> t, String currency, SplittableRandom r) {
    int c = List.of(CURRENCIES).indexOf(currency);
    if (c > 0 && r.nextInt(100) < 85) {
      double[] range = JPY_PER_UNIT[c];
      t.put("rates", Map.of(currency, BigDecimal.valueOf(range[0] + r.nextDouble() * (range[1] - range[0]))
          .setScale(2, RoundingMode.HALF_UP)));
    }
  }

  /** An amount log-uniform between two JPY values, in the currency, rounded as ledgers write it. */
  private static BigDecimal money(double minJpy, double maxJpy, String currency, SplittableRandom r) {
    double jpy = Math.exp(Math.log(minJpy) + r.nextDouble() * (Math.log(maxJpy) - Math.log(minJpy)));
    int c = List.of(CURRENCIES).indexOf(currency);
    double units = jpy / ((JPY_PER_UNIT[c][0] + JPY_PER_UNIT[c][1]) / 2);
    return currency.equals("JPY") ? BigDecimal.valueOf(Math.round(units))
        : BigDecimal.valueOf(units).setScale(2, RoundingMode.HALF_UP);
  }
}
