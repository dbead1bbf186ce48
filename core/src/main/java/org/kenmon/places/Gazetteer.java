package org.kenmon.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kenmon.match.romanize.ChineseRomanization;
import org.kenmon.match.romanize.JapaneseRomanization;
import org.kenmon.match.romanize.KoreanRomanization;

/**
 * Places on routes to the DPRK, looked up by any of their names in any script. Start with {@link
 * #shipped()}, then {@link #resolve(String)}:
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.shipped();
 * g.resolve("Sinŭiju");            // kp-sinuiju
 * g.resolve("신의주");               // kp-sinuiju
 * g.resolve("Dandong, Liaoning");  // cn-dandong
 * g.resolve("Port of Nampo");      // kp-nampo
 * g.match("Sineuiju", Gazetteer.Lookup.ROMANIZED).get().how(); // KOREAN_KEY
 * }</pre>
 *
 * <p>Resolution folds the input ({@link PlaceKeys}: case, accents, breves, apostrophes, hyphens and
 * spaces) and looks the key up in one hash map of every name and UN/LOCODE. Only when that misses
 * does it try the part before a qualifier ({@code ,} {@code (} {@code /}) and the key without a
 * known prefix or suffix ({@code Port of}, {@code -si}, {@code 港}, {@code 市}). Each step is a hash
 * lookup; nothing is scanned. That is {@link Lookup#LISTED}, the hot-path default (about 0.1–0.3 µs).
 *
 * <p>{@link Lookup#ROMANIZED} then tries the Korean, Chinese and Japanese romanization keys of
 * {@link org.kenmon.match.romanize} (Sineuiju, Phyeongyang, Nigata: spellings no list gives),
 * which must point to exactly one place. Computing the three keys costs about 3 µs, so it is
 * opt-in: {@link RouteAnalysis} uses it, screening a single name need not.
 *
 * <p>Immutable and thread-safe; the shipped instance is built once, on first use.
 */
public final class Gazetteer {
  /** Where the shipped gazetteer lives on the classpath. */
  public static final String SHIPPED_RESOURCE = "/org/kenmon/shipped/places/places.yaml";

  private static final Hit AMBIGUOUS = new Hit(null, null, false);

  private final List<Place> places;
  private final Map<String, Place> byId;
  /** Folded names and LOCODEs; values are never AMBIGUOUS (the reader rejects shared names). */
  private final Map<String, Hit> exact;
  private final Map<String, Hit> korean;
  private final Map<String, Hit> chinese;
  private final Map<String, Hit> japanese;
  private final Map<String, List<Place>> crossingsByTown;
  private final Map<String, List<Place>> crossingsByCounterpart;

  /** How far {@link #match(String, Lookup)} goes to find a name. */
  public enum Lookup {
    /** Names and LOCODEs as listed, folded; qualifiers and known affixes dropped. Hash lookups only. */
    LISTED,
    /** LISTED, then the shared Korean, Chinese and Japanese romanization keys. About 3 µs more on a miss. */
    ROMANIZED
  }

  /** A gazetteer name or LOCODE and its place. */
  private record Hit(Place place, PlaceName name, boolean locode) {}

  private Gazetteer(List<Place> places) {
    this.places = List.copyOf(places);
    Map<String, Place> ids = new LinkedHashMap<>();
    Map<String, Hit> ex = new HashMap<>();
    Map<String, Hit> ko = new HashMap<>();
    Map<String, Hit> cn = new HashMap<>();
    Map<String, Hit> jp = new HashMap<>();
    for (Place p : this.places) {
      if (ids.putIfAbsent(p.id(), p) != null) {
        throw new IllegalArgumentException("duplicate place id '" + p.id() + "'");
      }
      for (PlaceName n : p.names()) {
        String key = PlaceKeys.fold(n.text());
        Hit previous = ex.putIfAbsent(key, new Hit(p, n, false));
        if (previous != null && previous.place() != p) {
          throw new IllegalArgumentException("name '" + n.text() + "' of " + p.id() + " is already a name of "
              + previous.place().id());
        }
        if (n.script() == PlaceName.Script.LATIN) {
          index(ko, KoreanRomanization.key(key), p, n);
          index(cn, ChineseRomanization.key(key), p, n);
          index(jp, JapaneseRomanization.key(key), p, n);
        } else if (n.script() == PlaceName.Script.HANGUL) {
          index(ko, KoreanRomanization.keyOfHangul(key), p, n);
        }
      }
      for (String code : locodes(p)) {
        Hit previous = ex.putIfAbsent(PlaceKeys.fold(code), new Hit(p, null, true));
        if (previous != null && previous.place() != p) {
          throw new IllegalArgumentException("UN/LOCODE " + code + " of " + p.id() + " is also a name or code of "
              + previous.place().id());
        }
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.exact = Map.copyOf(ex);
    this.korean = Map.copyOf(ko);
    this.chinese = Map.copyOf(cn);
    this.japanese = Map.copyOf(jp);
    this.crossingsByTown = crossings(this.places, true, ids);
    this.crossingsByCounterpart = crossings(this.places, false, ids);
  }

  /**
   * The gazetteer shipped in the core jar (places.yaml and its PROVENANCE.md in {@code
   * org/kenmon/shipped/places}), read and checked on first use.
   *
   * @throws IllegalStateException if the resource is missing
   * @throws GazetteerFormatException if the shipped file has a bad row (a build defect)
   */
  public static Gazetteer shipped() {
    return Shipped.INSTANCE;
  }

  private static final class Shipped {
    static final Gazetteer INSTANCE = load();

    private static Gazetteer load() {
      try (InputStream in = Gazetteer.class.getResourceAsStream(SHIPPED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("shipped gazetteer " + SHIPPED_RESOURCE + " is not on the classpath");
        }
        return read(SHIPPED_RESOURCE.substring(1), in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + SHIPPED_RESOURCE, e);
      }
    }
  }

  /**
   * Reads a gazetteer in the format of docs/places.md from a UTF-8 stream (the caller closes it).
   *
   * @param source names the input in problems (a file name)
   * @throws GazetteerFormatException if any row is bad, listing every problem with line and field
   */
  public static Gazetteer read(String source, InputStream in) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(in, "in");
    return read(source, new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * Reads a gazetteer from characters.
   *
   * @throws GazetteerFormatException if any row is bad
   */
  public static Gazetteer read(String source, Reader reader) {
    return new Gazetteer(GazetteerReader.read(source, reader));
  }

  /**
   * A gazetteer of the given places. Checks what {@link #read} checks that can be checked without a
   * file: unique ids and names, crossing ends that exist.
   *
   * @throws IllegalArgumentException if two places share an id, a name or a LOCODE, or a crossing's
   *     town or counterpart is missing
   */
  public static Gazetteer of(List<Place> places) {
    return new Gazetteer(places);
  }

  /**
   * The place a name denotes, in any script and spelling the gazetteer lists ({@link
   * Lookup#LISTED}), or empty. Never throws for odd input: blank, punctuation-only or over-long
   * names resolve to nothing.
   *
   * @throws NullPointerException if name is null
   */
  public Optional<Place> resolve(String name) {
    Objects.requireNonNull(name, "name");
    String key = PlaceKeys.fold(name);
    Hit hit = exact.get(key);
    if (hit != null) {
      return Optional.of(hit.place());
    }
    return listed(name, key).map(Match::place);
  }

  /**
   * Like {@link #resolve} but says which gazetteer name was met and how, for evidence.
   *
   * @throws NullPointerException if name is null
   */
  public Optional<Match> match(String name) {
    return match(name, Lookup.LISTED);
  }

  /**
   * Matches a name, going as far as {@code lookup} says.
   *
   * @throws NullPointerException if name or lookup is null
   */
  public Optional<Match> match(String name, Lookup lookup) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(lookup, "lookup");
    String key = PlaceKeys.fold(name);
    Optional<Match> listed = listed(name, key);
    if (listed.isPresent() || lookup == Lookup.LISTED || key.isEmpty()) {
      return listed;
    }
    int q = PlaceKeys.qualifierStart(name);
    if (q > 0 && !PlaceKeys.fold(name, 0, q).isEmpty()) {
      key = PlaceKeys.fold(name, 0, q);
    }
    Optional<Match> romanized = romanized(name, key);
    String[] variants = PlaceKeys.stripped(key);
    for (int i = 0; i < variants.length && romanized.isEmpty(); i++) {
      romanized = romanized(name, variants[i]);
    }
    return romanized;
  }

  /** The LISTED steps: whole key, then before the qualifier, then without affixes. */
  private Optional<Match> listed(String name, String key) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Hit hit = exact.get(key);
    if (hit != null) {
      return Optional.of(matchOf(name, hit, hit.locode() ? Match.How.LOCODE : Match.How.EXACT));
    }
    int q = PlaceKeys.qualifierStart(name);
    if (q > 0) {
      String head = PlaceKeys.fold(name, 0, q);
      if (!head.isEmpty()) {
        hit = exact.get(head);
        if (hit != null) {
          return Optional.of(matchOf(name, hit, Match.How.QUALIFIER_DROPPED));
        }
        key = head;
      }
    }
    for (String v : PlaceKeys.stripped(key)) {
      hit = exact.get(v);
      if (hit != null) {
        return Optional.of(matchOf(name, hit, Match.How.AFFIX_DROPPED));
      }
    }
    return Optional.empty();
  }

  /**
   * The single place whose names share a romanization key with {@code key}; if two systems point
   * to different places, nothing. The system reported is the place's own where it matched.
   */
  private Optional<Match> romanized(String name, String key) {
    Hit found = null;
    Match.How how = null;
    if (PlaceKeys.isAsciiKey(key)) {
      Hit ko = lookup(korean, KoreanRomanization.key(key));
      Hit cn = lookup(chinese, ChineseRomanization.key(key));
      Hit jp = lookup(japanese, JapaneseRomanization.key(key));
      for (Hit h : new Hit[] {ko, cn, jp}) {
        if (h == null) {
          continue;
        }
        if (found != null && found.place() != h.place()) {
          return Optional.empty();
        }
        found = found == null ? h : found;
      }
      if (found == null) {
        return Optional.empty();
      }
      // Name the system of the place's own language when it agrees ("Nigata" is Japanese).
      String country = found.place().country();
      if (jp != null && country.equals("JP") || ko == null && cn == null) {
        found = jp;
        how = Match.How.JAPANESE_KEY;
      } else if (cn != null && country.equals("CN") || ko == null) {
        found = cn;
        how = Match.How.CHINESE_KEY;
      } else {
        found = ko;
        how = Match.How.KOREAN_KEY;
      }
    } else if (PlaceKeys.isHangulKey(key)) {
      found = lookup(korean, KoreanRomanization.keyOfHangul(key));
      how = Match.How.KOREAN_KEY;
    }
    return found == null ? Optional.empty() : Optional.of(matchOf(name, found, how));
  }

  private static Hit lookup(Map<String, Hit> map, String key) {
    if (key == null || key.isEmpty()) {
      return null;
    }
    Hit h = map.get(key);
    return h == AMBIGUOUS ? null : h;
  }

  private static Match matchOf(String input, Hit hit, Match.How how) {
    return new Match(input, hit.place(), hit.name(), how);
  }

  /** The place with this id, if any. */
  public Optional<Place> place(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** All places, in file order. */
  public List<Place> places() {
    return places;
  }

  public int size() {
    return places.size();
  }

  /**
   * The crossings whose own end is {@code town} (Dandong: the Sino-Korean Friendship Bridge, then
   * the New Yalu River Bridge): crossings in service first, then file order.
   */
  public List<Place> crossingsFrom(Place town) {
    return crossingsByTown.getOrDefault(town.id(), List.of());
  }

  /** The crossings that land at {@code counterpart}, in the same order as {@link #crossingsFrom}. */
  public List<Place> crossingsInto(Place counterpart) {
    return crossingsByCounterpart.getOrDefault(counterpart.id(), List.of());
  }

  /** The crossings from {@code town} to {@code counterpart}, preferred first. */
  public List<Place> crossingsBetween(Place town, Place counterpart) {
    List<Place> out = new ArrayList<>();
    for (Place c : crossingsFrom(town)) {
      if (c.counterpart().equals(counterpart.id())) {
        out.add(c);
      }
    }
    return out;
  }

  private static void index(Map<String, Hit> map, String key, Place p, PlaceName n) {
    if (key == null || key.isEmpty()) {
      return;
    }
    Hit previous = map.putIfAbsent(key, new Hit(p, n, false));
    if (previous != null && previous != AMBIGUOUS && previous.place() != p) {
      map.put(key, AMBIGUOUS); // two places read alike: the key resolves to neither
    }
  }

  private static List<String> locodes(Place p) {
    List<String> all = new ArrayList<>(p.otherLocodes());
    if (p.locode() != null) {
      all.add(0, p.locode());
    }
    return all;
  }

  private static Map<String, List<Place>> crossings(List<Place> places, boolean byTown, Map<String, Place> ids) {
    Map<String, List<Place>> out = new HashMap<>();
    for (Place.Status status : Place.Status.values()) {
      for (Place c : places) {
        if (!c.isCrossing() || c.status() != status) {
          continue;
        }
        String end = byTown ? c.town() : c.counterpart();
        if (!ids.containsKey(end)) {
          throw new IllegalArgumentException("crossing " + c.id() + ": " + (byTown ? "town" : "counterpart")
              + " '" + end + "' is not a place of this gazetteer");
        }
        out.computeIfAbsent(end, k -> new ArrayList<>()).add(c);
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  @Override
  public String toString() {
    return "Gazetteer[" + places.size() + " places]";
  }
}
