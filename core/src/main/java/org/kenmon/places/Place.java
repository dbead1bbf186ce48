package org.kenmon.places;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A place of the gazetteer: a port, a city or town, or a border-crossing structure, with its names
 * in every script, coordinates and their source, UN/LOCODE, and what is still unconfirmed.
 *
 * <p>A {@link Kind#CROSSING} is one structure (a bridge); its {@code country} is the side it leaves
 * from (CN or RU), {@code town} the place id at that end and {@code counterpart} the place id at
 * the other end, in the DPRK. Other kinds have neither.
 *
 * <p>Coordinates are WGS84 degrees, both present or both null; present coordinates always carry
 * their source, absent ones an {@code unconfirmed} entry saying why. Places are built by {@link
 * Gazetteer#read}; the constructor repeats the checks so that a hand-built place is as sound.
 *
 * @param id stable id, {@code cc-name} in lower case ({@code kp-nampo}, {@code xing-...} for crossings)
 * @param kind port, city or crossing
 * @param country ISO 3166-1 alpha-2 code
 * @param name the primary name, as shown in evidence
 * @param names all names, the primary one included
 * @param lat latitude or null
 * @param lon longitude or null
 * @param coordinatesSource where the coordinates come from; null when there are none
 * @param locode UN/LOCODE (5 characters, no space) or null
 * @param otherLocodes further UN/LOCODEs of the same place (airport, port area)
 * @param town for a crossing, the id of the place at its own end; else null
 * @param counterpart for a crossing, the id of the place across the border; else null
 * @param modes for a crossing, how it is crossed; empty when unknown (then unconfirmed "mode")
 * @param status whether the crossing is in service
 * @param sources what the place's facts were taken from
 * @param unconfirmed field name to why it is unconfirmed ({@code coordinates}, {@code locode},
 *     {@code mode}, {@code names})
 * @param notes free text or null
 */
public record Place(
    String id,
    Kind kind,
    String country,
    String name,
    List<PlaceName> names,
    Double lat,
    Double lon,
    String coordinatesSource,
    String locode,
    List<String> otherLocodes,
    String town,
    String counterpart,
    Set<Mode> modes,
    Status status,
    List<String> sources,
    Map<String, String> unconfirmed,
    String notes) {

  /** What a place is. */
  public enum Kind {
    /** A border-crossing structure between two countries. */
    CROSSING,
    /** A sea or river port (the city it serves included). */
    PORT,
    /** A city, town or village that is not listed as a port. */
    CITY
  }

  /** How a crossing is crossed. A bridge carries road or rail traffic or both. */
  public enum Mode {
    ROAD,
    RAIL,
    BRIDGE
  }

  /** Whether a crossing carries traffic. Places that are not crossings are always OPEN. */
  public enum Status {
    OPEN,
    NOT_IN_SERVICE
  }

  static final Pattern ID = Pattern.compile("[a-z]{2,4}-[a-z0-9]+(-[a-z0-9]+)*");
  static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  static final Pattern LOCODE = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");

  /**
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is malformed or the components disagree (the
   *     message repeats the value)
   */
  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(name, "name");
    require(ID.matcher(id).matches(), "id '" + id + "' is not of the form cc-name in lower case");
    require(COUNTRY.matcher(country).matches(), id + ": country '" + country + "' is not ISO alpha-2");
    require(!name.isBlank(), id + ": primary name is blank");
    names = List.copyOf(names);
    require(!names.isEmpty(), id + ": no names");
    require((lat == null) == (lon == null), id + ": lat and lon must both be given or both be absent");
    if (lat != null) {
      require(lat >= -90 && lat <= 90, id + ": lat " + lat + " is outside [-90, 90]");
      require(lon >= -180 && lon <= 180, id + ": lon " + lon + " is outside [-180, 180]");
      require(coordinatesSource != null && !coordinatesSource.isBlank(),
          id + ": coordinates without coordinates_source");
    }
    otherLocodes = List.copyOf(otherLocodes);
    for (String code : concat(locode, otherLocodes)) {
      require(LOCODE.matcher(code).matches() && code.startsWith(country),
          id + ": UN/LOCODE '" + code + "' is not 5 characters starting with the country " + country);
    }
    modes = modes.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Mode.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(modes));
    status = status == null ? Status.OPEN : status;
    sources = List.copyOf(sources);
    require(!sources.isEmpty(), id + ": no sources");
    unconfirmed = Collections.unmodifiableMap(new LinkedHashMap<>(unconfirmed));
    if (lat == null) {
      require(unconfirmed.containsKey("coordinates"),
          id + ": no coordinates and no unconfirmed.coordinates saying why");
    }
    if (kind == Kind.CROSSING) {
      require(town != null && counterpart != null, id + ": a crossing needs town and counterpart");
      require(!modes.isEmpty() || unconfirmed.containsKey("mode"),
          id + ": a crossing needs modes, or unconfirmed.mode saying why they are unknown");
    } else {
      require(town == null && counterpart == null && modes.isEmpty() && status == Status.OPEN,
          id + ": town, counterpart, modes and status are for crossings only, not " + kind);
    }
  }

  /** Whether coordinates are known. */
  public boolean hasCoordinates() {
    return lat != null;
  }

  public boolean isCrossing() {
    return kind == Kind.CROSSING;
  }

  /** Whether the given field ({@code coordinates}, {@code locode}, ...) is marked unconfirmed. */
  public boolean isUnconfirmed(String field) {
    return unconfirmed.containsKey(field);
  }

  /** The names written in one script. */
  public List<PlaceName> names(PlaceName.Script script) {
    List<PlaceName> out = new ArrayList<>();
    for (PlaceName n : names) {
      if (n.script() == script) {
        out.add(n);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return name + " (" + country + ", " + kind.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    if (first != null) {
      all.add(first);
    }
    all.addAll(rest);
    return all;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
