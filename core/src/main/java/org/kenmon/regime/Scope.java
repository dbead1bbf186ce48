package org.kenmon.regime;

import java.util.List;

/**
 * What a measure covers. Every part is optional; an absent part (null or empty) does not narrow
 * the scope. {@code destination} and {@code origin} narrow to goods, money or people going to or
 * coming from a country; {@code involving} to those doing either (brokering between the DPRK and
 * third countries, in both directions). {@code condition} states what the measure also requires
 * that no transaction field records ("could contribute to the DPRK's prohibited programmes"):
 * screening then answers REVIEW, never PROHIBITED or CLEAR, when everything else applies.
 */
public record Scope(
    List<Direction> directions,
    List<String> destination,
    List<String> origin,
    List<String> involving,
    GoodsScope goods,
    PartyScope parties,
    VesselScope vessels,
    boolean viaThirdCountries,
    String condition,
    String note) {

  public static final Scope EMPTY = new Scope(List.of(), List.of(), List.of(), List.of(), null, null, null, false, null, null);

  public Scope {
    directions = directions.stream().distinct().sorted().toList();
    destination = List.copyOf(destination);
    origin = List.copyOf(origin);
    involving = List.copyOf(involving);
  }

  public boolean covers(Direction direction) {
    return directions.isEmpty() || directions.contains(direction) || directions.contains(Direction.ANY);
  }
}
