package org.kenmon.places;

/**
 * The rules by which {@link RouteAnalysis} decides how a route enters the DPRK, tried in this
 * order for the first DPRK place on the route (or the first crossing into it). Each {@link
 * Route.Entry} names the rule that produced it; docs/places.md has the table.
 */
public enum RoutingRule {
  /** The route names a crossing structure: it crosses there, into the crossing's counterpart. */
  NAMED_CROSSING(false, "a crossing into the DPRK is named on the route"),
  /**
   * A CN or RU place is followed by a DPRK place and a crossing links the two (Dandong → Sinuiju):
   * the crossing in service first in file order, the others as alternatives.
   */
  DIRECT_CROSSING(false, "consecutive places are the two ends of a border crossing"),
  /** A port is followed by a DPRK port and no crossing links them (Niigata → Nampo): by sea. */
  SEA_ENTRY(false, "a port is followed by a DPRK port with no land crossing between them"),
  /**
   * A CN or RU place is followed by a DPRK place that is the far end of a crossing from another
   * town: that crossing, inferred.
   */
  INTO_CROSSING_TOWN(true, "the DPRK place is the far end of a crossing"),
  /**
   * A CN or RU place that has crossings is followed by a DPRK place they do not reach (Hunchun →
   * Rajin): the town's preferred crossing, inferred.
   */
  FROM_CROSSING_TOWN(true, "the place before the DPRK has a crossing of its own"),
  /**
   * No DPRK place on the route but the declared destination is KP: from the last known place,
   * its preferred crossing if it has one ("most likely"), else the way in is not on the route.
   */
  DESTINATION_ONLY(true, "the route stops short of the DPRK but the declared destination is KP"),
  /** The route reaches the DPRK but no rule above tells how (it starts there, or comes from inland). */
  UNIDENTIFIED(false, "the route reaches the DPRK but the way in is not identified");

  private final boolean inference;
  private final String description;

  RoutingRule(boolean inference, String description) {
    this.inference = inference;
    this.description = description;
  }

  /** Whether the rule guesses the crossing rather than reading it off the route. */
  public boolean isInference() {
    return inference;
  }

  /** One line saying when the rule applies. */
  public String description() {
    return description;
  }
}
