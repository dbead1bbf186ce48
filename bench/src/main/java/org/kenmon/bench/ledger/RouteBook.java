package org.kenmon.bench.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kenmon.places.Gazetteer;
import org.kenmon.places.Place;
import org.kenmon.places.PlaceName;

/**
 * Routes and ports from the shipped gazetteer, with their names written in any of the gazetteer's
 * scripts and spellings ("Sinuiju", "Sinŭiju", "신의주", "新义州"). Most routes are ordinary trade
 * between Japan, China, Russia and ports the gazetteer does not know; a few reach the DPRK: Japan
 * through Dalian to Dandong and across to Sinuiju, China to Nampo, Russia to Rajin, Rajin back to
 * Japan, the river crossings from the Chinese border towns.
 */
final class RouteBook {
  /** A route as a ledger writes it, and the destination country it declares (or null). */
  record Route(List<String> places, String destination) {}

  /** Ports the gazetteer does not know, and their countries. */
  private static final String[][] ELSEWHERE = {{"Busan", "KR"}, {"Incheon", "KR"}, {"Singapore", "SG"},
      {"Hong Kong", "HK"}, {"Kaohsiung", "TW"}, {"Laem Chabang", "TH"}, {"Haiphong", "VN"}, {"Rotterdam", "NL"},
      {"Hamburg", "DE"}, {"Los Angeles", "US"}, {"Long Beach", "US"}, {"Port Klang", "MY"}};

  private final List<Place> jpPorts = new ArrayList<>();
  private final List<Place> cnPorts = new ArrayList<>();
  private final List<Place> kpPorts = new ArrayList<>();
  private final List<Place> crossingTowns = new ArrayList<>();
  private final Gazetteer gazetteer;
  private final Place vladivostok;
  private final double dprkShare;

  /** @param dprkShare share of routes that reach the DPRK */
  RouteBook(Gazetteer gazetteer, double dprkShare) {
    this.gazetteer = gazetteer;
    this.dprkShare = dprkShare;
    Place vlad = null;
    for (Place p : gazetteer.places()) {
      if (p.kind() == Place.Kind.PORT && p.country().equals("JP")) {
        jpPorts.add(p);
      } else if (p.kind() == Place.Kind.PORT && p.country().equals("CN") && !p.id().equals("cn-dandong")) {
        cnPorts.add(p);
      } else if (p.kind() == Place.Kind.PORT && p.country().equals("KP") && !p.id().equals("kp-sinuiju")) {
        kpPorts.add(p);
      } else if (p.kind() == Place.Kind.PORT && p.country().equals("RU")) {
        vlad = p;
      }
      if (p.isCrossing()) {
        gazetteer.place(p.town()).ifPresent(t -> {
          if (!crossingTowns.contains(t)) {
            crossingTowns.add(t);
          }
        });
      }
    }
    this.vladivostok = vlad;
    if (jpPorts.isEmpty() || cnPorts.isEmpty() || kpPorts.isEmpty() || crossingTowns.isEmpty() || vlad == null) {
      throw new IllegalStateException("the gazetteer lacks the ports and crossings routes are made of");
    }
  }

  Route route(SplittableRandom r) {
    List<Place> legs = new ArrayList<>();
    List<String> written = new ArrayList<>();
    String destination;
    if (r.nextDouble() < dprkShare) {
      switch (r.nextInt(5)) {
        case 0 -> {
          legs.add(any(jpPorts, r));
          legs.add(any(cnPorts, r));
          Place town = gazetteer.place("cn-dandong").orElseThrow();
          legs.add(town);
          legs.add(gazetteer.place("kp-sinuiju").orElseThrow());
        }
        case 1 -> {
          legs.add(any(cnPorts, r));
          legs.add(any(kpPorts, r));
        }
        case 2 -> {
          Place town = any(crossingTowns, r);
          legs.add(town);
          legs.add(gazetteer.place(gazetteer.crossingsFrom(town).get(0).counterpart()).orElseThrow());
        }
        case 3 -> {
          legs.add(vladivostok);
          legs.add(any(kpPorts, r));
        }
        default -> {
          legs.add(any(kpPorts, r));
          legs.add(any(jpPorts, r));
        }
      }
      destination = r.nextInt(3) == 0 ? null : legs.get(legs.size() - 1).country();
    } else {
      switch (r.nextInt(4)) {
        case 0 -> {
          legs.add(any(jpPorts, r));
          legs.add(any(cnPorts, r));
        }
        case 1 -> {
          legs.add(any(cnPorts, r));
          legs.add(any(jpPorts, r));
        }
        case 2 -> {
          legs.add(any(jpPorts, r));
          legs.add(vladivostok);
        }
        default -> legs.add(any(r.nextBoolean() ? jpPorts : cnPorts, r));
      }
      destination = legs.get(legs.size() - 1).country();
    }
    for (Place p : legs) {
      written.add(name(p, r));
    }
    if (legs.size() == 1) {
      String[] far = ELSEWHERE[r.nextInt(ELSEWHERE.length)];
      written.add(far[0]);
      destination = far[1];
    }
    return new Route(written, destination);
  }

  /** A port call's port: mostly Japanese ports, a few in the DPRK, China or Russia. */
  Place port(SplittableRandom r) {
    int k = r.nextInt(20);
    return k < 14 ? any(jpPorts, r) : k < 17 ? any(cnPorts, r) : k < 19 ? any(kpPorts, r) : vladivostok;
  }

  /** An earlier port of call: anywhere on the routes, a quarter of them DPRK ports. */
  Place previousPort(SplittableRandom r) {
    int k = r.nextInt(8);
    return k < 2 ? any(kpPorts, r) : k < 5 ? any(cnPorts, r) : any(jpPorts, r);
  }

  /** The place's usual name most of the time, else any other of its names. */
  static String name(Place p, SplittableRandom r) {
    if (r.nextInt(10) < 6) {
      return p.name();
    }
    List<PlaceName> names = p.names();
    return names.get(r.nextInt(names.size())).text();
  }

  private static Place any(List<Place> places, SplittableRandom r) {
    return places.get(r.nextInt(places.size()));
  }
}
