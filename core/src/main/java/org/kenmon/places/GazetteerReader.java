package org.kenmon.places;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenmon.problems.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a gazetteer file (docs/places.md) into places, checking every row: unknown or missing
 * fields, malformed values, coordinates without source, crossings without ends, dangling or
 * inconsistent references, names in the wrong script, one name given to two places. All problems
 * are collected, then thrown together as a {@link GazetteerFormatException} naming file, line,
 * column and field: a bad row fails the load, loudly, rather than shipping a gazetteer with a hole.
 *
 * <p>Input limits: {@value #MAX_CHARS} characters, {@value #MAX_PLACES} places, nesting depth
 * {@value #MAX_DEPTH}, no aliases.
 */
final class GazetteerReader {
  /** Largest file accepted; the shipped one is about 40 KB. */
  static final int MAX_CHARS = 2 * 1024 * 1024;
  /** Most places accepted. */
  static final int MAX_PLACES = 10_000;
  /** Deepest nesting accepted. */
  static final int MAX_DEPTH = 16;

  private static final Set<String> TOP = Set.of("schema_version", "compiled", "places");
  private static final Set<String> FIELDS = Set.of("id", "kind", "country", "name", "names", "lat", "lon",
      "coordinates_source", "locode", "other_locodes", "town", "counterpart", "modes", "status", "sources",
      "unconfirmed", "notes");
  private static final Set<String> UNCONFIRMABLE =
      Set.of("coordinates", "locode", "mode", "names", "town", "counterpart", "status");

  private final String file;
  private final YamlNodes yaml;
  private final List<Problem> problems;
  private final NameReader nameReader;

  private GazetteerReader(String file) {
    this.file = file;
    this.yaml = new YamlNodes(file);
    this.problems = yaml.problems();
    this.nameReader = new NameReader(yaml);
  }

  /**
   * Reads and checks a gazetteer.
   *
   * @param file names the input in problems
   * @throws GazetteerFormatException if the input is unreadable, not YAML, or has any bad row
   */
  static List<Place> read(String file, Reader reader) {
    GazetteerReader r = new GazetteerReader(file);
    List<Place> places = r.parse(reader);
    if (!r.problems.isEmpty()) {
      throw new GazetteerFormatException(r.problems);
    }
    return places;
  }

  private List<Place> parse(Reader reader) {
    String text;
    try {
      text = readBounded(reader);
    } catch (IOException e) {
      problems.add(new Problem(Problem.Severity.ERROR, file, 0, 0, "", e.getMessage()));
      return List.of();
    }
    Node root;
    try {
      root = new Yaml(loaderOptions()).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      problems.add(new Problem(Problem.Severity.ERROR, file, mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1, "", "not valid YAML: " + e.getProblem()));
      return List.of();
    } catch (YAMLException e) {
      problems.add(new Problem(Problem.Severity.ERROR, file, 0, 0, "", "not readable as YAML: " + e.getMessage()));
      return List.of();
    }
    if (!(root instanceof MappingNode)) {
      yaml.error(root, "", "the file must be a mapping with schema_version and places");
      return List.of();
    }
    Map<String, Node> top = yaml.fields((MappingNode) root, TOP, "");
    String version = yaml.scalar(top.get("schema_version"), "schema_version");
    if (!"1".equals(version)) {
      yaml.error(top.getOrDefault("schema_version", root), "schema_version",
          "schema_version is '" + version + "', this reader knows 1");
    }
    Node list = top.get("places");
    if (!(list instanceof SequenceNode)) {
      yaml.error(list == null ? root : list, "places", "places must be a list of places");
      return List.of();
    }
    List<Node> rows = ((SequenceNode) list).getValue();
    if (rows.size() > MAX_PLACES) {
      yaml.error(list, "places", rows.size() + " places, over the limit of " + MAX_PLACES
          + " (GazetteerReader.MAX_PLACES)");
      return List.of();
    }
    List<Row> read = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = row(rows.get(i), i);
      if (row != null) {
        read.add(row);
      }
    }
    crossCheck(read);
    List<Place> places = new ArrayList<>(read.size());
    for (Row row : read) {
      if (row.place != null) {
        places.add(row.place);
      }
    }
    return places;
  }

  /** One place as read, with the nodes later checks point at. */
  private static final class Row {
    Node node;
    String id;
    Node idNode;
    Node townNode;
    Node counterpartNode;
    Place place;
    final Map<String, Node> nameNodes = new LinkedHashMap<>();
  }

  private Row row(Node node, int index) {
    String at = "places[" + index + "]";
    int before = problems.size();
    if (!(node instanceof MappingNode)) {
      yaml.error(node, at, "a place must be a mapping of fields");
      return null;
    }
    String peeked = peekId((MappingNode) node);
    Map<String, Node> f = yaml.fields((MappingNode) node, FIELDS, peeked == null ? at : peeked);
    String id = yaml.required(f, node, at, "id");
    String p = id == null ? at : id;
    Row row = new Row();
    row.node = node;
    row.id = id;
    row.idNode = f.get("id");
    Place.Kind kind = yaml.enumValue(f.get("kind"), p + ".kind", Place.Kind.class);
    if (f.get("kind") == null) {
      yaml.error(node, p + ".kind", "missing field kind (one of " + EnumSet.allOf(Place.Kind.class) + ")");
    }
    String country = yaml.required(f, node, p, "country");
    if (country != null && !Place.COUNTRY.matcher(country).matches()) {
      yaml.error(f.get("country"), p + ".country", "country '" + country + "' is not an ISO 3166-1 alpha-2 code");
    }
    String name = yaml.required(f, node, p, "name");
    List<PlaceName> names = nameReader.names(f.get("names"), node, p, row.nameNodes);
    if (name != null && !names.isEmpty() && !row.nameNodes.containsKey(PlaceKeys.fold(name))) {
      yaml.error(f.get("name"), p + ".name", "primary name '" + name + "' is not among the names");
    }
    Double lat = yaml.number(f.get("lat"), p + ".lat", -90, 90);
    Double lon = yaml.number(f.get("lon"), p + ".lon", -180, 180);
    if ((f.get("lat") == null) != (f.get("lon") == null)) {
      yaml.error(f.getOrDefault("lat", f.getOrDefault("lon", node)), p + ".lat",
          "lat and lon must both be given or both be absent");
    }
    String coordinatesSource = yaml.scalar(f.get("coordinates_source"), p + ".coordinates_source");
    Map<String, String> unconfirmed = unconfirmed(f.get("unconfirmed"), p + ".unconfirmed");
    if (lat != null && (coordinatesSource == null || coordinatesSource.isBlank())) {
      yaml.error(f.get("lat"), p + ".coordinates_source", "coordinates " + lat + ", " + lon
          + " without coordinates_source: never ship coordinates without their source");
    }
    if (f.get("lat") == null && !unconfirmed.containsKey("coordinates")) {
      yaml.error(node, p + ".lat", "no coordinates and no unconfirmed.coordinates saying why");
    }
    String locode = yaml.scalar(f.get("locode"), p + ".locode");
    checkLocode(locode, country, f.get("locode"), p + ".locode");
    List<String> otherLocodes = yaml.strings(f.get("other_locodes"), p + ".other_locodes");
    for (String code : otherLocodes) {
      checkLocode(code, country, f.get("other_locodes"), p + ".other_locodes");
    }
    String town = yaml.scalar(f.get("town"), p + ".town");
    String counterpart = yaml.scalar(f.get("counterpart"), p + ".counterpart");
    row.townNode = f.get("town");
    row.counterpartNode = f.get("counterpart");
    Set<Place.Mode> modes = EnumSet.noneOf(Place.Mode.class);
    for (Node m : yaml.nodes(f.get("modes"), p + ".modes")) {
      Place.Mode mode = yaml.enumValue(m, p + ".modes", Place.Mode.class);
      if (mode != null) {
        modes.add(mode);
      }
    }
    Place.Status status = yaml.enumValue(f.get("status"), p + ".status", Place.Status.class);
    if (kind == Place.Kind.CROSSING) {
      if (town == null || counterpart == null) {
        yaml.error(f.get("kind"), p + (town == null ? ".town" : ".counterpart"),
            "a CROSSING needs town (its own end) and counterpart (the place across the border)");
      }
      if (modes.isEmpty() && !unconfirmed.containsKey("mode")) {
        yaml.error(f.getOrDefault("modes", node), p + ".modes",
            "a CROSSING needs modes (ROAD, RAIL, BRIDGE), or unconfirmed.mode saying why they are unknown");
      }
    } else if (kind != null) {
      for (String field : List.of("town", "counterpart", "modes", "status")) {
        if (f.containsKey(field)) {
          yaml.error(f.get(field), p + "." + field, field + " is for crossings only, not for a " + kind);
        }
      }
    }
    List<String> sources = yaml.strings(f.get("sources"), p + ".sources");
    if (sources.isEmpty()) {
      yaml.error(f.getOrDefault("sources", node), p + ".sources", "no sources: every place cites what it was taken from");
    }
    String notes = yaml.scalar(f.get("notes"), p + ".notes");
    if (id != null && !Place.ID.matcher(id).matches()) {
      yaml.error(f.get("id"), p + ".id", "id '" + id + "' is not of the form cc-name in lower case");
    }
    if (problems.size() > before) {
      return row; // the row is reported; do not pile a constructor message on top
    }
    try {
      row.place = new Place(id, kind, country, name, names, lat, lon, coordinatesSource, locode, otherLocodes,
          town, counterpart, modes, status, sources, unconfirmed, notes);
    } catch (IllegalArgumentException | NullPointerException e) {
      yaml.error(node, p, e.getMessage());
    }
    return row;
  }

  /**
   * Checks across rows. Rows that failed their own checks still count for ids and names, so that
   * one bad row is reported once, not again by every crossing that points to it.
   */
  private void crossCheck(List<Row> rows) {
    Map<String, Row> byId = new HashMap<>();
    Map<String, Row> byName = new HashMap<>();
    for (Row row : rows) {
      if (row.id == null) {
        continue;
      }
      Row other = byId.putIfAbsent(row.id, row);
      if (other != null) {
        yaml.error(row.idNode, row.id + ".id", "duplicate id '" + row.id + "', first used at line " + YamlNodes.line(other.idNode));
      }
      for (Map.Entry<String, Node> name : row.nameNodes.entrySet()) {
        Row owner = byName.putIfAbsent(name.getKey(), row);
        if (owner != null && owner != row) {
          yaml.error(name.getValue(), row.id + ".names", "name '" + name.getKey() + "' (folded) is already a name of "
              + owner.id + " (line " + YamlNodes.line(owner.nameNodes.get(name.getKey()))
              + "): one name, one place; use a homograph note on the lesser place instead");
        }
      }
    }
    for (Row row : rows) {
      Place c = row.place;
      if (c == null || !c.isCrossing()) {
        continue;
      }
      checkEnd(row, byId.get(c.town()), c.town(), "town", row.townNode);
      checkEnd(row, byId.get(c.counterpart()), c.counterpart(), "counterpart", row.counterpartNode);
    }
  }

  private void checkEnd(Row crossing, Row end, String id, String field, Node at) {
    Place c = crossing.place;
    if (end == null) {
      yaml.error(at, c.id() + "." + field, field + " '" + id + "' is not a place id of this gazetteer");
      return;
    }
    if (end.place == null) {
      return; // reported with its own row
    }
    boolean ownSide = field.equals("town");
    if (end.place.isCrossing() || end.place.country().equals(c.country()) != ownSide) {
      yaml.error(at, c.id() + "." + field, field + " '" + id + "' must be a port or city "
          + (ownSide ? "in " + c.country() + " (the crossing's own side)" : "across the border from " + c.country())
          + ", is " + end.place);
    }
  }

  /** The id of a place mapping, before its fields are checked, to name them in problems. */
  private static String peekId(MappingNode node) {
    for (NodeTuple t : node.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode && ((ScalarNode) t.getKeyNode()).getValue().equals("id")
          && t.getValueNode() instanceof ScalarNode) {
        return ((ScalarNode) t.getValueNode()).getValue().strip();
      }
    }
    return null;
  }




  private void checkLocode(String code, String country, Node at, String field) {
    if (code == null) {
      return;
    }
    if (!Place.LOCODE.matcher(code).matches()) {
      yaml.error(at, field, "UN/LOCODE '" + code + "' is not 2 letters and 3 letters or digits 2-9, without space");
    } else if (country != null && !code.startsWith(country)) {
      yaml.error(at, field, "UN/LOCODE '" + code + "' does not start with the place's country " + country);
    }
  }

  private Map<String, String> unconfirmed(Node node, String field) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof MappingNode)) {
      yaml.error(node, field, "unconfirmed must map a field (" + String.join(", ", UNCONFIRMABLE) + ") to why");
      return out;
    }
    for (Map.Entry<String, Node> e : yaml.fields((MappingNode) node, UNCONFIRMABLE, field).entrySet()) {
      String why = yaml.scalar(e.getValue(), field + "." + e.getKey());
      if (why == null || why.isBlank()) {
        yaml.error(e.getValue(), field + "." + e.getKey(), "say why " + e.getKey() + " is unconfirmed");
      } else {
        out.put(e.getKey(), why);
      }
    }
    return out;
  }











  private static String readBounded(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) > 0) {
      text.append(buffer, 0, n);
      if (text.length() > MAX_CHARS) {
        throw new IOException("input is over the limit of " + MAX_CHARS + " characters (GazetteerReader.MAX_CHARS)");
      }
    }
    return text.toString();
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by yaml.fields() with both lines
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CHARS);
    return options;
  }
}
