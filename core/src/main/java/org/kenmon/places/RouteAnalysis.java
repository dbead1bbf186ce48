package org.kenmon.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a route — place names as typed, in order — against a {@link Gazetteer} and says whether
 * and how it reaches the DPRK:
 *
 * <pre>{@code
 * RouteAnalysis routes = new RouteAnalysis(Gazetteer.shipped());
 * Route r = routes.analyse(List.of("Yokohama", "Dalian", "Dandong", "Sinuiju"), null);
 * r.reachesKp();          // true
 * r.crossing();           // the Sino-Korean Friendship Bridge
 * r.countries();          // [JP, CN, KP]
 * r.evidence();           // "route reaches the DPRK at Sinuiju via the Sino-Korean Friendship ..."
 * }</pre>
 *
 * <p>The entry into the DPRK is decided by the {@link RoutingRule}s, in their declared order, on
 * the known stops (unknown stops are skipped for routing but kept, flagged, and make any crossing
 * found across them an inference). Immutable and thread-safe.
 */
public final class RouteAnalysis {
  /** Most stops accepted in one route. */
  public static final int MAX_STOPS = 64;

  private static final String KP = "KP";
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private final Gazetteer gazetteer;
  private final Gazetteer.Lookup lookup;

  /**
   * An analysis that matches stops with {@link Gazetteer.Lookup#ROMANIZED}: a route is read once,
   * and a spelling no list gives (Sineuiju) is worth the 3 µs.
   *
   * @throws NullPointerException if gazetteer is null
   */
  public RouteAnalysis(Gazetteer gazetteer) {
    this(gazetteer, Gazetteer.Lookup.ROMANIZED);
  }

  /**
   * @throws NullPointerException if gazetteer or lookup is null
   */
  public RouteAnalysis(Gazetteer gazetteer, Gazetteer.Lookup lookup) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
  }

  /** {@link #analyse(List, String)} without a declared destination. */
  public Route analyse(List<String> route) {
    return analyse(route, null);
  }

  /**
   * Analyses a route.
   *
   * @param route place names in route order, any script; unknown names are kept
   * @param destinationCountry the declared destination, ISO 3166-1 alpha-2 (any case), or null
   * @throws NullPointerException if route or one of its names is null
   * @throws IllegalArgumentException if the route has more than {@value #MAX_STOPS} stops or the
   *     destination is not a two-letter code
   */
  public Route analyse(List<String> route, String destinationCountry) {
    Objects.requireNonNull(route, "route");
    if (route.size() > MAX_STOPS) {
      throw new IllegalArgumentException("route has " + route.size() + " stops, over the limit of " + MAX_STOPS
          + " (RouteAnalysis.MAX_STOPS)");
    }
    Optional<String> destination = destination(destinationCountry);
    List<Route.Stop> stops = new ArrayList<>(route.size());
    for (int i = 0; i < route.size(); i++) {
      String name = Objects.requireNonNull(route.get(i), "route stop " + (i + 1));
      stops.add(new Route.Stop(i + 1, name, gazetteer.match(name, lookup)));
    }
    List<String> evidence = new ArrayList<>();
    describeStops(stops, evidence);

    Optional<Route.Entry> entry = entry(stops, destination);
    Optional<Place> firstKp = stops.stream().flatMap(s -> s.place().stream())
        .filter(p -> p.country().equals(KP)).findFirst();
    List<String> countries = countries(stops, destination);
    boolean reachesKp = countries.contains(KP);
    entry.ifPresent(e -> evidence.add(describe(e, stops, destination)));
    conclude(stops, destination, countries, reachesKp, evidence);
    return new Route(stops, destination, reachesKp, firstKp, entry, countries, evidence);
  }

  private static Optional<String> destination(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRY.matcher(c).matches()) {
      throw new IllegalArgumentException("destination country '" + code + "' is not an ISO 3166-1 alpha-2 code");
    }
    return Optional.of(c);
  }

  /** Applies the routing rules, in their order, to the first place that is or leads into the DPRK. */
  private Optional<Route.Entry> entry(List<Route.Stop> stops, Optional<String> destination) {
    Place previous = null;
    boolean gap = false; // unknown stops since the previous known one
    for (Route.Stop stop : stops) {
      if (!stop.known()) {
        gap = previous != null;
        continue;
      }
      Place p = stop.place().get();
      if (p.isCrossing() && leadsIntoKp(p)) {
        return Optional.of(new Route.Entry(RoutingRule.NAMED_CROSSING, Optional.of(p), end(p.town()),
            end(p.counterpart()), false, List.of()));
      }
      if (p.country().equals(KP)) {
        return Optional.of(entering(previous, p, gap));
      }
      previous = p;
      gap = false;
    }
    if (destination.isPresent() && destination.get().equals(KP)) {
      return Optional.of(destinationOnly(previous));
    }
    return Optional.empty();
  }

  private Route.Entry entering(Place previous, Place kp, boolean gap) {
    if (previous == null) {
      return new Route.Entry(RoutingRule.UNIDENTIFIED, Optional.empty(), Optional.empty(), Optional.of(kp),
          false, List.of());
    }
    boolean neighbour = !previous.country().equals(KP) && !previous.isCrossing();
    List<Place> direct = neighbour ? gazetteer.crossingsBetween(previous, kp) : List.of();
    if (!direct.isEmpty()) {
      return crossingEntry(RoutingRule.DIRECT_CROSSING, direct, previous, gap, List.of());
    }
    if (previous.kind() == Place.Kind.PORT && kp.kind() == Place.Kind.PORT) {
      return new Route.Entry(RoutingRule.SEA_ENTRY, Optional.empty(), Optional.of(previous), Optional.of(kp),
          gap, List.of());
    }
    if (neighbour) {
      List<Place> into = sameSide(gazetteer.crossingsInto(kp), previous.country());
      List<Place> from = gazetteer.crossingsFrom(previous);
      if (!into.isEmpty()) {
        return crossingEntry(RoutingRule.INTO_CROSSING_TOWN, into, previous, true, from);
      }
      if (!from.isEmpty()) {
        return crossingEntry(RoutingRule.FROM_CROSSING_TOWN, from, previous, true, List.of());
      }
    }
    return new Route.Entry(RoutingRule.UNIDENTIFIED, Optional.empty(), Optional.of(previous), Optional.of(kp),
        false, List.of());
  }

  private Route.Entry destinationOnly(Place last) {
    if (last != null && !last.isCrossing()) {
      List<Place> from = gazetteer.crossingsFrom(last);
      if (!from.isEmpty()) {
        return crossingEntry(RoutingRule.DESTINATION_ONLY, from, last, true, List.of());
      }
    }
    return new Route.Entry(RoutingRule.DESTINATION_ONLY, Optional.empty(), Optional.ofNullable(last),
        Optional.empty(), true, List.of());
  }

  /** The first candidate is preferred (in service, file order); the rest are alternatives. */
  private Route.Entry crossingEntry(RoutingRule rule, List<Place> candidates, Place from, boolean inferred,
      List<Place> more) {
    Place chosen = candidates.get(0);
    List<Place> alternatives = new ArrayList<>(candidates.subList(1, candidates.size()));
    for (Place m : more) {
      if (!alternatives.contains(m) && m != chosen) {
        alternatives.add(m);
      }
    }
    return new Route.Entry(rule, Optional.of(chosen), Optional.of(from), end(chosen.counterpart()),
        inferred || rule.isInference(), alternatives);
  }

  private static List<Place> sameSide(List<Place> crossings, String country) {
    List<Place> out = new ArrayList<>();
    for (Place c : crossings) {
      if (c.country().equals(country)) {
        out.add(c);
      }
    }
    return out;
  }

  private boolean leadsIntoKp(Place crossing) {
    return end(crossing.counterpart()).map(p -> p.country().equals(KP)).orElse(false);
  }

  private Optional<Place> end(String id) {
    return id == null ? Optional.empty() : gazetteer.place(id);
  }

  private List<String> countries(List<Route.Stop> stops, Optional<String> destination) {
    List<String> out = new ArrayList<>();
    for (Route.Stop s : stops) {
      s.place().ifPresent(p -> {
        add(out, p.country());
        if (p.isCrossing()) {
          end(p.counterpart()).ifPresent(c -> add(out, c.country()));
        }
      });
    }
    destination.ifPresent(d -> add(out, d));
    return out;
  }

  private static void add(List<String> countries, String country) {
    if (countries.isEmpty() || !countries.get(countries.size() - 1).equals(country)) {
      countries.add(country);
    }
  }

  private static void describeStops(List<Route.Stop> stops, List<String> evidence) {
    for (Route.Stop s : stops) {
      if (s.match().isEmpty()) {
        evidence.add("stop " + s.position() + " '" + s.input()
            + "' is not in the gazetteer: kept as unknown, the route is judged on the known stops");
        continue;
      }
      Match m = s.match().get();
      if (!m.isExact()) {
        evidence.add("stop " + s.position() + " '" + s.input() + "' read as " + m.place() + " " + how(m));
      }
      m.homograph().ifPresent(other -> evidence.add("stop " + s.position() + " '" + s.input() + "' read as "
          + m.place() + "; the same name also denotes " + other + ": check which is meant"));
    }
  }

  private static String how(Match m) {
    String name = m.name() == null ? "" : " '" + m.name().text() + "'";
    switch (m.how()) {
      case QUALIFIER_DROPPED:
        return "by the name before the qualifier";
      case AFFIX_DROPPED:
        return "as" + name + " once a prefix or suffix is dropped";
      case KOREAN_KEY:
        return "by its Korean romanization, as" + name;
      case CHINESE_KEY:
        return "by its Chinese romanization, as" + name;
      case JAPANESE_KEY:
        return "by its Japanese romanization, as" + name;
      default:
        return "";
    }
  }

  private String describe(Route.Entry e, List<Route.Stop> stops, Optional<String> destination) {
    String rule = " [" + e.rule() + "]";
    String inferred = e.inferred() ? " (inferred)" : "";
    String via = e.crossing().map(c -> " via the " + crossingName(c)).orElse("");
    String alternatives = e.alternatives().isEmpty() ? "" : "; other crossings that fit: " + names(e.alternatives());
    String into = e.into().map(Place::name).orElse("?");
    String from = e.from().map(Place::name).orElse("?");
    switch (e.rule()) {
      case NAMED_CROSSING:
        return "route reaches the DPRK at " + into + via + ", named on the route" + rule;
      case DIRECT_CROSSING:
        return "route reaches the DPRK at " + into + via + inferred + alternatives + rule;
      case SEA_ENTRY:
        return "route reaches the DPRK at " + into + " by sea from " + from + inferred + rule;
      case INTO_CROSSING_TOWN:
      case FROM_CROSSING_TOWN:
        return "route reaches the DPRK at " + firstKp(stops) + "; from " + from + " it most likely crosses at "
            + into + via + inferred + alternatives + rule;
      case DESTINATION_ONLY:
        if (e.crossing().isPresent()) {
          return "route ends at " + from + " with declared destination KP: crosses at " + into + via
              + ", most likely" + inferred + alternatives + rule;
        }
        return e.from().isPresent()
            ? "route ends at " + from + " with declared destination KP: the way into the DPRK is not on the route"
                + (e.from().get().kind() == Place.Kind.PORT ? " (onward by sea, or overland)" : "") + rule
            : "no stop of the route is known; the declared destination is KP" + rule;
      default:
        if (e.from().isPresent()) {
          return "route reaches the DPRK at " + into + "; the way in from " + from + " is not identified" + rule;
        }
        return firstKpPosition(stops) > 1
            ? "route reaches the DPRK at " + into + "; the stops before it are unknown, the way in is not identified"
                + rule
            : "route starts in the DPRK at " + into + rule;
    }
  }

  private static int firstKpPosition(List<Route.Stop> stops) {
    for (Route.Stop s : stops) {
      if (s.place().isPresent() && s.place().get().country().equals(KP)) {
        return s.position();
      }
    }
    return 0;
  }

  private static String firstKp(List<Route.Stop> stops) {
    for (Route.Stop s : stops) {
      if (s.place().isPresent() && s.place().get().country().equals(KP)) {
        return s.place().get().name();
      }
    }
    return "?";
  }

  /** "Sino-Korean Friendship Bridge (Dandong–Sinuiju)", with "not in service" when it is not. */
  private String crossingName(Place c) {
    String ends = end(c.town()).map(Place::name).orElse(c.town()) + "–"
        + end(c.counterpart()).map(Place::name).orElse(c.counterpart());
    return c.name() + " (" + ends + ")" + (c.status() == Place.Status.NOT_IN_SERVICE ? ", not in service" : "");
  }

  private String names(List<Place> crossings) {
    List<String> out = new ArrayList<>();
    for (Place c : crossings) {
      out.add("the " + crossingName(c));
    }
    return String.join(", ", out);
  }

  private static void conclude(List<Route.Stop> stops, Optional<String> destination, List<String> countries,
      boolean reachesKp, List<String> evidence) {
    if (!countries.isEmpty()) {
      evidence.add("countries in route order: " + String.join(" → ", countries));
    }
    int unknown = (int) stops.stream().filter(s -> !s.known()).count();
    String caveat = unknown == 0 ? "" : " (" + unknown + " stop(s) unknown)";
    if (reachesKp) {
      int kp = countries.indexOf(KP);
      if (kp >= 2) {
        evidence.add("the route passes through " + String.join(", ", countries.subList(1, kp))
            + " before the DPRK: goods shipped from " + countries.get(0)
            + " through a third country to the DPRK still go to the DPRK");
      }
      if (destination.isPresent() && !destination.get().equals(KP)) {
        evidence.add("the declared destination is " + destination.get() + ", but the route reaches the DPRK");
      }
    } else {
      evidence.add("no place on the route is in the DPRK and no DPRK destination was declared: "
          + "the route does not reach the DPRK as far as its known stops show" + caveat);
    }
  }
}
