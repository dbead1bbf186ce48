package org.kenmon.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RouteAnalysis} found in a route: every stop as typed with the place it resolved to
 * (unknown names are kept and flagged, never dropped), whether the route reaches the DPRK, the
 * first DPRK place, how it gets in ({@link Entry}), the countries it passes in order, and the
 * evidence as sentences a compliance officer can read and check.
 *
 * @param stops the stops in route order
 * @param destination the declared destination country (ISO alpha-2), if one was given
 * @param reachesKp whether any place, crossing or the destination is in the DPRK
 * @param firstKpPlace the first stop in the DPRK
 * @param entry how the route enters the DPRK, when it does
 * @param countries countries in route order, repeats collapsed; crossings add the country they
 *     lead into; the destination is added last when the route stops short of it
 * @param evidence human-readable lines, in the order: unknown or loosely matched stops, entry,
 *     countries, conclusion
 */
public record Route(
    List<Stop> stops,
    Optional<String> destination,
    boolean reachesKp,
    Optional<Place> firstKpPlace,
    Optional<Entry> entry,
    List<String> countries,
    List<String> evidence) {

  /**
   * @throws NullPointerException if a component is null
   */
  public Route {
    stops = List.copyOf(stops);
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(firstKpPlace, "firstKpPlace");
    Objects.requireNonNull(entry, "entry");
    countries = List.copyOf(countries);
    evidence = List.copyOf(evidence);
  }

  /**
   * One stop of a route.
   *
   * @param position 1-based position on the route
   * @param input the name as typed
   * @param match how it resolved; empty when the gazetteer does not know it
   */
  public record Stop(int position, String input, Optional<Match> match) {
    /**
     * @throws NullPointerException if input or match is null
     */
    public Stop {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(match, "match");
    }

    public boolean known() {
      return match.isPresent();
    }

    public Optional<Place> place() {
      return match.map(Match::place);
    }
  }

  /**
   * How a route enters the DPRK.
   *
   * @param rule the routing rule that decided
   * @param crossing the border crossing used, if a land crossing was identified or inferred
   * @param from the place on the route before the DPRK (or where it stops, for DESTINATION_ONLY)
   * @param into where it enters the DPRK: the crossing's counterpart, or the DPRK port by sea
   * @param inferred whether the crossing is a guess (an inference rule, or unknown stops between)
   * @param alternatives other crossings that fit as well or nearly, preferred first
   */
  public record Entry(
      RoutingRule rule,
      Optional<Place> crossing,
      Optional<Place> from,
      Optional<Place> into,
      boolean inferred,
      List<Place> alternatives) {
    /**
     * @throws NullPointerException if a component is null
     */
    public Entry {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(crossing, "crossing");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(into, "into");
      alternatives = List.copyOf(alternatives);
    }
  }

  /** The stops the gazetteer does not know. */
  public List<Stop> unknownStops() {
    List<Stop> out = new ArrayList<>();
    for (Stop s : stops) {
      if (!s.known()) {
        out.add(s);
      }
    }
    return out;
  }

  /** The crossing used, if one was identified or inferred. */
  public Optional<Place> crossing() {
    return entry.flatMap(Entry::crossing);
  }

  /**
   * Whether the route passes through another country before reaching the DPRK (a Japanese export
   * shipped through China to the DPRK is an export to the DPRK).
   */
  public boolean throughThirdCountry() {
    int kp = countries.indexOf("KP");
    return kp >= 2;
  }
}
