package org.kenmon.regime.yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kenmon.hs.HsPattern;
import org.kenmon.stamp.Hashing;
import org.kenmon.problems.Problem;
import org.kenmon.regime.GoodsCategory;
import org.kenmon.regime.Measure;
import org.kenmon.regime.Regime;
import org.kenmon.regime.Source;
import org.kenmon.regime.Unconfirmed;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a regime file (docs/regime-format.md) into a {@link Regime}, reporting every schema and
 * in-file meaning problem with file, line, column and field. Checks that span files (duplicate
 * measure ids, related measures in other regimes) are made by {@link RegimeLoader}.
 *
 * <p>Input limits: {@value #MAX_BYTES} bytes per file, nesting depth {@value #MAX_DEPTH}, no YAML
 * aliases. A file over a limit is rejected with a message naming the limit.
 */
public final class RegimeReader {
  /** Largest regime file accepted; the shipped ones are well under 200 KB. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;
  /** Deepest nesting accepted. */
  public static final int MAX_DEPTH = 32;

  private static final String TOP_FIELDS =
      "schema_version, regime, issuer, target, title, compiled, sources, categories, measures";

  private RegimeReader() {}

  public static RegimeFile read(Path path) throws IOException {
    long size = Files.size(path);
    if (size > MAX_BYTES) {
      Problem p = new Problem(Problem.Severity.ERROR, path.toString(), 0, 0, "",
          "file is " + size + " bytes, over the limit of " + MAX_BYTES + " (RegimeReader.MAX_BYTES)");
      return new RegimeFile(null, List.of(p), List.of(), List.of());
    }
    return read(path.toString(), new StringReader(Files.readString(path, StandardCharsets.UTF_8)));
  }

  /** Reads from a stream; {@code file} names it in messages. */
  public static RegimeFile read(String file, Reader reader) {
    YamlProblems problems = new YamlProblems(file);
    Parsed parsed = parse(file, reader, problems);
    if (parsed == null) {
      return new RegimeFile(null, problems.list(), List.of(), List.of());
    }
    return new RegimeReader.Session(problems, Hashing.sha256(parsed.text()))
        .regime(YamlFields.of(problems, parsed.root(), ""));
  }

  /** A file's text and its YAML tree. */
  record Parsed(String text, Node root) {}

  /**
   * Reads and composes one YAML file under this reader's limits; null, after reporting why, when
   * the text is unreadable, not YAML, over a limit or empty.
   */
  static Parsed parse(String file, Reader reader, YamlProblems problems) {
    String text;
    try {
      text = readBounded(reader);
    } catch (IOException e) {
      problems.add(new Problem(Problem.Severity.ERROR, file, 0, 0, "", e.getMessage()));
      return null;
    }
    Node root;
    try {
      root = new Yaml(loaderOptions()).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      int column = mark == null ? 0 : mark.getColumn() + 1;
      problems.add(new Problem(Problem.Severity.ERROR, file, line, column, "",
          "not valid YAML: " + (e.getProblem() != null ? e.getProblem() : e.getMessage())));
      return null;
    } catch (YAMLException e) {
      problems.add(new Problem(Problem.Severity.ERROR, file, 0, 0, "", "not readable as YAML: " + e.getMessage()));
      return null;
    }
    if (root == null) {
      problems.add(new Problem(Problem.Severity.ERROR, file, 1, 1, "", "file is empty"));
      return null;
    }
    return new Parsed(text, root);
  }

  private static String readBounded(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) > 0) {
      text.append(buffer, 0, n);
      if (text.length() > MAX_BYTES) {
        throw new IOException("input is over the limit of " + MAX_BYTES + " characters (RegimeReader.MAX_BYTES)");
      }
    }
    return text.toString();
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by YamlFields with both locations
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    return options;
  }

  /** Reads a {@code sources} catalogue: {@code ID: {title, url, date, note}}. */
  static Map<String, Source> sources(YamlFields top) {
    Map<String, Source> out = new LinkedHashMap<>();
    for (Map.Entry<String, YamlFields.Item> e : top.entries("sources").entrySet()) {
      YamlFields s = e.getValue().fields();
      String title = s.text("title", true);
      String url = s.text("url", false);
      s.text("date", false);
      s.text("note", false);
      s.finish("title, url, date, note");
      if (title != null) {
        out.put(e.getKey(), new Source(e.getKey(), title, url));
      }
    }
    return out;
  }

  /** State of reading one file. */
  private static final class Session {
    private final YamlProblems problems;
    private final String sha256;
    private final List<RegimeFile.Reference> references = new ArrayList<>();
    private final List<RegimeFile.Reference> definitions = new ArrayList<>();

    Session(YamlProblems problems, String sha256) {
      this.problems = problems;
      this.sha256 = sha256;
    }

    RegimeFile regime(YamlFields top) {
      String version = top.text("schema_version", true);
      if (version != null && !version.equals("1")) {
        problems.error(top.at("schema_version"), "schema_version", "unsupported schema version " + version
            + "; this Kenmon reads version 1");
      }
      String id = top.text("regime", true);
      String issuer = top.text("issuer", true);
      if (issuer != null && !Codes.isCountry(issuer) && !Codes.ORGANISATIONS.contains(issuer)) {
        problems.error(top.at("issuer"), "issuer", "\"" + issuer + "\" is neither an ISO country code nor one of "
            + Codes.ORGANISATIONS);
      }
      String target = top.text("target", true);
      if (target != null && !Codes.isCountry(target)) {
        problems.error(top.at("target"), "target", "\"" + target + "\" is not an ISO 3166 alpha-2 country code");
      }
      if (id != null && issuer != null && target != null && !id.equals(issuer + "-" + target)) {
        problems.error(top.at("regime"), "regime", "regime id \"" + id + "\" should be issuer-target: "
            + issuer + "-" + target);
      }
      String title = top.text("title", true);
      LocalDate compiled = top.date("compiled", false);
      Map<String, Source> sources = sources(top);
      Map<String, GoodsCategory> categories = categories(top, sources);
      ScopeReader scopes = new ScopeReader(problems, categories.keySet());
      MeasureReader reader = new MeasureReader(problems, issuer == null ? "?" : issuer, target == null ? "?" : target,
          sources.keySet(), scopes, references);
      List<Measure> measures = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      List<YamlFields.Item> items = top.items("measures", false);
      if (items.isEmpty()) {
        problems.error(top.at("measures"), "measures", "a regime needs at least one measure");
      }
      for (int i = 0; i < items.size(); i++) {
        YamlFields.Item item = items.get(i);
        String mid = FieldPaths.scalar(item.node, "id");
        YamlFields named = YamlFields.of(problems, item.node, mid == null ? item.path : mid);
        Measure m = reader.read(named);
        if (mid != null) {
          Integer first = seen.putIfAbsent(mid, i);
          if (first != null) {
            problems.error(named.at("id"), mid + ".id", "duplicate measure id (also measures[" + first + "])");
          }
          definitions.add(new RegimeFile.Reference(mid, problems.file(), named.at("id"), mid + ".id"));
        }
        if (m != null) {
          measures.add(m);
        }
      }
      top.finish(TOP_FIELDS);
      Regime regime = id == null || issuer == null || target == null || title == null ? null
          : new Regime(id, issuer, target, title, compiled, sources, categories, measures, problems.file(), sha256);
      return new RegimeFile(regime, problems.list(), references, definitions);
    }

    private Map<String, Source> sources(YamlFields top) {
      Map<String, Source> out = RegimeReader.sources(top);
      if (out.isEmpty()) {
        problems.error(top.at("sources"), "sources", "a regime needs a sources catalogue");
      }
      return out;
    }

    private Map<String, GoodsCategory> categories(YamlFields top, Map<String, Source> sources) {
      Map<String, GoodsCategory> out = new LinkedHashMap<>();
      for (Map.Entry<String, YamlFields.Item> e : top.entries("categories").entrySet()) {
        YamlFields c = e.getValue().fields();
        String title = c.text("title", true);
        List<String> items = c.texts("items");
        List<String> itemsJa = c.texts("items_ja");
        List<HsPattern> hs = new ArrayList<>();
        for (YamlFields.Item item : c.items("hs", true)) {
          String code = item.text();
          if (code == null) {
            continue;
          }
          try {
            hs.add(HsPattern.parse(code));
          } catch (IllegalArgumentException ex) {
            problems.error(item.node, item.path, ex.getMessage());
          }
        }
        List<String> sourceIds = new ArrayList<>();
        for (YamlFields.Item item : c.items("sources", true)) {
          String sid = item.text();
          if (sid != null && !sources.containsKey(sid)) {
            problems.error(item.node, item.path, "unknown source \"" + sid + "\"; add it to the sources catalogue");
          }
          if (sid != null) {
            sourceIds.add(sid);
          }
        }
        List<Unconfirmed> unconfirmed = new ArrayList<>();
        for (YamlFields.Item item : c.items("unconfirmed", true)) {
          if (item.node instanceof org.yaml.snakeyaml.nodes.MappingNode) {
            YamlFields u = item.fields();
            String field = u.text("field", true);
            String note = u.text("note", false);
            u.finish("field, note");
            if (field != null) {
              unconfirmed.add(new Unconfirmed(field, note));
            }
          } else {
            String field = item.text();
            if (field != null) {
              unconfirmed.add(new Unconfirmed(field, null));
            }
          }
        }
        c.text("note", false);
        c.finish("title, items, items_ja, hs, sources, unconfirmed, note");
        if (title != null) {
          out.put(e.getKey(), new GoodsCategory(e.getKey(), title, items, itemsJa, hs, sourceIds, unconfirmed));
        }
      }
      return out;
    }
  }
}
