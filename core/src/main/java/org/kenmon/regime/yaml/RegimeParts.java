package org.kenmon.regime.yaml;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenmon.hs.HsPattern;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.Measure;
import org.kenmon.regime.Source;
import org.kenmon.regime.Threshold;
import org.kenmon.regime.Unconfirmed;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The parts of the regime format that other formats embed (agreement files change measures with
 * thresholds, exceptions, HS codes and whole measures written exactly as in regime files), read
 * with the same checks and located problems as {@link RegimeReader}. One instance reads one file:
 * source ids are checked against that file's catalogue.
 *
 * <p>Goods categories are defined per regime file; a file read through this class has none, so a
 * goods scope that names a category is reported.
 */
public final class RegimeParts {
  private final YamlProblems problems;
  private final Set<String> sourceIds;
  private final ScopeReader scopes;

  /** Reads parts of one file whose {@code sources} catalogue holds {@code sourceIds}. */
  public RegimeParts(YamlProblems problems, Set<String> sourceIds) {
    this.problems = problems;
    this.sourceIds = Set.copyOf(sourceIds);
    this.scopes = new ScopeReader(problems, Set.of());
  }

  /**
   * The YAML tree of a file, read under {@link RegimeReader}'s limits; null, after reporting why,
   * when the text is unreadable, not YAML, over a limit or empty.
   */
  public static Root parse(String file, Reader reader, YamlProblems problems) {
    RegimeReader.Parsed parsed = RegimeReader.parse(file, reader, problems);
    return parsed == null ? null : new Root(parsed.text(), parsed.root());
  }

  /** A file's text (for hashing) and its YAML tree. */
  public record Root(String text, Node node) {}

  /** The {@code sources} catalogue of a top-level mapping, as in regime files. */
  public static Map<String, Source> sources(YamlFields top) {
    return RegimeReader.sources(top);
  }

  /** Whether a code names an issuer or party: an ISO 3166 alpha-2 country, or UN / EU. */
  public static boolean isCountryOrOrganisation(String code) {
    return Codes.isCountry(code) || Codes.ORGANISATIONS.contains(code);
  }

  /** A list of thresholds ({@code what, amount, currency | unit, comparator, per, note}). */
  public List<Threshold> thresholds(YamlFields owner, String key) {
    return scopes.thresholds(owner, key);
  }

  /** One exception ({@code id, title, when, effect, validity, legal_basis, sources, note}); null when unusable. */
  public Exemption exception(YamlFields f) {
    return measureReader("?", "?", new ArrayList<>()).exemption(f);
  }

  /** A list of HS codes or ranges such as {@code ["84", "8471.30", "72-83"]}. */
  public List<HsPattern> hsCodes(YamlFields owner, String key) {
    return scopes.hsPatterns(owner, key);
  }

  /**
   * A whole measure as in a regime file, of the given issuer and target. Its {@code related} ids
   * are added to {@code references}, to be resolved against the loaded regimes. Fields the caller
   * read from {@code f} before (such as {@code issuer}) are not reported as unknown.
   */
  public Measure measure(YamlFields f, String issuer, String target, List<RegimeFile.Reference> references) {
    return measureReader(issuer, target, references).read(f);
  }

  /** Ids cited in a {@code sources} list, each checked against the catalogue. */
  public List<String> sourceRefs(YamlFields f, String key) {
    return measureReader("?", "?", new ArrayList<>()).sourceRefs(f, key);
  }

  /** {@code unconfirmed} entries of a mapping, each naming a field that exists (or may) in it. */
  public List<Unconfirmed> unconfirmed(YamlFields f) {
    return measureReader("?", "?", new ArrayList<>()).unconfirmed(f, f.node());
  }

  private MeasureReader measureReader(String issuer, String target, List<RegimeFile.Reference> references) {
    return new MeasureReader(problems, issuer, target, sourceIds, scopes, references);
  }
}
