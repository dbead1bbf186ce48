package org.kenmon.agreement;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kenmon.hs.HsPattern;
import org.kenmon.problems.Problem;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.Measure;
import org.kenmon.regime.Source;
import org.kenmon.regime.Threshold;
import org.kenmon.regime.Unconfirmed;
import org.kenmon.regime.Validity;
import org.kenmon.regime.yaml.RegimeFile;
import org.kenmon.regime.yaml.RegimeParts;
import org.kenmon.regime.yaml.RegimeReader;
import org.kenmon.regime.yaml.YamlFields;
import org.kenmon.regime.yaml.YamlProblems;
import org.kenmon.stamp.Hashing;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an agreement file (docs/agreements.md) into an {@link Agreement}, reporting every schema
 * and in-file problem with file, line, column and field, and keeping going. Thresholds, exceptions,
 * HS codes and added measures are read exactly as in regime files ({@link RegimeParts}). Whether the
 * measures it changes exist, and whether the changes fit them, is checked against the loaded
 * regimes by {@link AgreementCheck}. Same input limits as {@link RegimeReader}.
 */
public final class AgreementReader {
  private static final String TOP_FIELDS = "schema_version, id, title, status, parties, announced, effective, "
      + "condition, condition_met_on, recorded_in_regimes, sources, reciprocal, notes, unconfirmed, changes";
  private static final String CHANGE_FIELDS = "op, measure, from, sources, note, unconfirmed";

  private AgreementReader() {}

  public static AgreementFile read(Path path) throws IOException {
    long size = Files.size(path);
    if (size > RegimeReader.MAX_BYTES) {
      Problem p = new Problem(Problem.Severity.ERROR, path.toString(), 0, 0, "",
          "file is " + size + " bytes, over the limit of " + RegimeReader.MAX_BYTES + " (RegimeReader.MAX_BYTES)");
      return new AgreementFile(null, List.of(p), List.of(), List.of());
    }
    return read(path.toString(), new StringReader(Files.readString(path, StandardCharsets.UTF_8)));
  }

  /** Reads from a stream; {@code file} names it in messages. */
  public static AgreementFile read(String file, Reader reader) {
    YamlProblems problems = new YamlProblems(file);
    RegimeParts.Root root = RegimeParts.parse(file, reader, problems);
    if (root == null) {
      return new AgreementFile(null, problems.list(), List.of(), List.of());
    }
    return new Session(problems, Hashing.sha256(root.text())).agreement(YamlFields.of(problems, root.node(), ""));
  }

  /** State of reading one file. */
  private static final class Session {
    private final YamlProblems problems;
    private final String sha256;
    private final List<AgreementFile.ChangeSites> sites = new ArrayList<>();
    private final List<RegimeFile.Reference> references = new ArrayList<>();
    private RegimeParts parts;

    Session(YamlProblems problems, String sha256) {
      this.problems = problems;
      this.sha256 = sha256;
    }

    AgreementFile agreement(YamlFields top) {
      String version = top.text("schema_version", true);
      if (version != null && !version.equals("1")) {
        problems.error(top.at("schema_version"), "schema_version", "unsupported schema version " + version
            + "; this Kenmon reads version 1");
      }
      String id = top.text("id", true);
      if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
        problems.error(top.at("id"), "id", "\"" + id + "\" is not an agreement id (lower case, digits, dashes)");
      }
      Agreement.Status status = top.oneOf("status", true,
          s -> s.equals("concluded") ? Agreement.Status.CONCLUDED
              : s.equals("hypothetical") ? Agreement.Status.HYPOTHETICAL : null,
          "concluded, hypothetical");
      String title = top.text("title", true);
      if (title != null && status == Agreement.Status.HYPOTHETICAL
          && !title.toLowerCase(Locale.ROOT).contains("hypothetical")) {
        problems.error(top.at("title"), "title", "a hypothetical agreement must say so in its title");
      }
      List<String> parties = parties(top);
      LocalDate announced = top.date("announced", true);
      LocalDate effective = top.date("effective", false);
      String condition = top.text("condition", false);
      LocalDate metOn = top.date("condition_met_on", false);
      boolean dated = dates(top, announced, effective, condition, metOn);
      boolean recorded = top.bool("recorded_in_regimes");
      if (recorded && status == Agreement.Status.HYPOTHETICAL) {
        problems.error(top.at("recorded_in_regimes"), "recorded_in_regimes",
            "a hypothetical agreement cannot be recorded in the regimes");
      }
      Map<String, Source> sources = RegimeParts.sources(top);
      if (sources.isEmpty() && status == Agreement.Status.CONCLUDED) {
        problems.error(top.at("sources"), "sources", "a concluded agreement needs a sources catalogue");
      }
      parts = new RegimeParts(problems, sources.keySet());
      List<String> reciprocal = top.texts("reciprocal");
      String notes = top.text("notes", false);
      List<Unconfirmed> unconfirmed = parts.unconfirmed(top);
      LocalDate effectiveDate = effective != null ? effective : metOn;
      List<Change> changes = changes(top, status, parties, announced, effectiveDate);
      top.finish(TOP_FIELDS);
      Agreement agreement = id == null || title == null || status == null || announced == null || !dated ? null
          : new Agreement(id, title, status, parties, announced, effective, condition, metOn, recorded, sources,
              reciprocal, changes, notes, unconfirmed, problems.file(), sha256);
      return new AgreementFile(agreement, problems.list(), agreement == null ? List.of() : sites, references);
    }

    private List<String> parties(YamlFields top) {
      Set<String> out = new LinkedHashSet<>();
      List<YamlFields.Item> items = top.items("parties", false);
      for (YamlFields.Item item : items) {
        String code = item.text();
        if (code == null) {
          continue;
        }
        if (!RegimeParts.isCountryOrOrganisation(code)) {
          problems.error(item.node(), item.path(), "\"" + code + "\" is neither an ISO 3166 alpha-2 country code nor UN or EU");
        } else if (!out.add(code)) {
          problems.error(item.node(), item.path(), "party " + code + " is listed twice");
        }
      }
      if (items.size() < 2) {
        problems.error(top.at("parties"), "parties", "an agreement needs at least two parties");
      }
      return List.copyOf(out);
    }

    /** Checks effective / condition / condition_met_on against each other; false when no agreement can be built. */
    private boolean dates(YamlFields top, LocalDate announced, LocalDate effective, String condition, LocalDate metOn) {
      boolean ok = true;
      if (effective != null && condition != null) {
        problems.error(top.at("condition"), "condition", "give effective (a date) or condition (text), not both");
        ok = false;
      } else if (!top.has("effective") && !top.has("condition")) {
        problems.error(top.node(), "effective", "an agreement needs effective (a date) or condition (text)");
        ok = false;
      } else if (effective == null && condition == null) {
        ok = false; // reported by the date or text reader
      }
      if (metOn != null && condition == null && top.has("effective")) {
        problems.error(top.at("condition_met_on"), "condition_met_on", "condition_met_on goes with a condition, not with effective");
        ok = false;
      }
      if (announced != null && effective != null && effective.isBefore(announced)) {
        problems.error(top.at("effective"), "effective", "takes effect " + effective + ", before it was announced " + announced);
      }
      if (announced != null && metOn != null && metOn.isBefore(announced)) {
        problems.error(top.at("condition_met_on"), "condition_met_on",
            "condition met " + metOn + ", before the agreement was announced " + announced);
      }
      return ok;
    }

    private List<Change> changes(YamlFields top, Agreement.Status status, List<String> parties, LocalDate announced,
        LocalDate effective) {
      List<Change> out = new ArrayList<>();
      List<YamlFields.Item> items = top.items("changes", false);
      if (items.isEmpty()) {
        problems.error(top.at("changes"), "changes", "an agreement needs at least one change");
      }
      Set<String> added = new HashSet<>();
      for (YamlFields.Item item : items) {
        YamlFields c = item.fields();
        Change change = change(c, status, parties, announced, effective);
        if (change == null) {
          continue;
        }
        if (change.op() == Change.Op.ADD_MEASURE && !added.add(change.measureId())) {
          problems.error(c.at("measure"), c.field("measure"), "measure \"" + change.measureId() + "\" is added twice");
        }
        out.add(change);
        Node fromAt = c.has("from") ? c.at("from") : c.node();
        sites.add(new AgreementFile.ChangeSites(site(c.node(), c.path()), site(c.at("measure"), c.field("measure")),
            site(fromAt, c.has("from") ? c.field("from") : c.path())));
      }
      return out;
    }

    private Change change(YamlFields c, Agreement.Status status, List<String> parties, LocalDate announced,
        LocalDate effective) {
      Change.Op op = c.oneOf("op", true, s -> {
        for (Change.Op o : Change.Op.values()) {
          if (o.code().equals(s)) {
            return o;
          }
        }
        return null;
      }, "withdraw, suspend, amend_thresholds, add_exception, narrow_goods, add_measure");
      LocalDate from = c.date("from", false);
      LocalDate first = from != null ? from : effective;
      if (from != null && announced != null && from.isBefore(announced)) {
        problems.warning(c.at("from"), c.field("from"), "starts " + from + ", before the agreement was announced "
            + announced + " (retroactive?)");
      } else if (from != null && effective != null && from.isBefore(effective)) {
        problems.warning(c.at("from"), c.field("from"), "starts " + from + ", before the agreement takes effect "
            + effective);
      }
      List<String> sources = parts.sourceRefs(c, "sources");
      if (sources.isEmpty() && status == Agreement.Status.CONCLUDED) {
        problems.error(c.at("sources"), c.field("sources"), "a change of a concluded agreement must cite sources");
      }
      String note = c.text("note", false);
      List<Unconfirmed> unconfirmed = parts.unconfirmed(c);
      if (op == null) {
        for (String key : List.of("measure", "until", "thresholds", "exception", "except_hs")) {
          c.value(key); // the op is unknown: its fields are not reported as unknown too
        }
        c.finish(CHANGE_FIELDS);
        return null;
      }
      String measureId = null;
      LocalDate until = null;
      List<Threshold> thresholds = null;
      Exemption exception = null;
      List<HsPattern> exceptHs = null;
      Measure measure = null;
      String extra = "";
      switch (op) {
        case WITHDRAW:
          measureId = measureId(c);
          break;
        case SUSPEND:
          measureId = measureId(c);
          until = c.date("until", true);
          extra = ", until";
          if (until != null && first != null && until.isBefore(first)) {
            problems.error(c.at("until"), c.field("until"), "suspension ends " + until + " before it starts " + first);
            until = null;
          }
          break;
        case AMEND_THRESHOLDS:
          measureId = measureId(c);
          thresholds = parts.thresholds(c, "thresholds");
          extra = ", thresholds";
          if (!c.has("thresholds")) {
            problems.error(c.node(), c.field("thresholds"), "amend_thresholds needs the new thresholds");
          }
          break;
        case ADD_EXCEPTION:
          measureId = measureId(c);
          YamlFields e = c.object("exception");
          extra = ", exception";
          if (e == null) {
            problems.error(c.node(), c.field("exception"), "add_exception needs the exception");
          } else {
            exception = parts.exception(e);
          }
          break;
        case NARROW_GOODS:
          measureId = measureId(c);
          exceptHs = parts.hsCodes(c, "except_hs");
          extra = ", except_hs";
          if (!c.has("except_hs")) {
            problems.error(c.node(), c.field("except_hs"), "narrow_goods needs except_hs, the HS codes the goods scope loses");
          }
          break;
        case ADD_MEASURE:
          measure = addedMeasure(c, parties, first);
          measureId = measure == null ? null : measure.id();
          break;
        default:
          throw new AssertionError(op);
      }
      c.finish(CHANGE_FIELDS + extra);
      try {
        return measureId == null ? null : new Change(op, measureId, from, until, thresholds, exception, exceptHs,
            measure, sources, note, unconfirmed);
      } catch (IllegalArgumentException missing) {
        return null; // a required part was unreadable, and is reported already
      }
    }

    private String measureId(YamlFields c) {
      Node v = c.value("measure");
      if (v instanceof MappingNode) {
        problems.error(v, c.field("measure"), "expected a measure id; only add_measure takes a whole measure");
        return null;
      }
      String id = c.text("measure", true);
      if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
        problems.error(c.at("measure"), c.field("measure"), "\"" + id + "\" is not a measure id (lower case, digits, dashes)");
        return null;
      }
      return id;
    }

    private Measure addedMeasure(YamlFields c, List<String> parties, LocalDate first) {
      Node v = c.value("measure");
      if (!(v instanceof MappingNode)) {
        problems.error(v == null ? c.node() : v, c.field("measure"), "add_measure needs a whole measure, as in regime files, with its issuer");
        return null;
      }
      YamlFields m = YamlFields.of(problems, v, c.field("measure"));
      String issuer = m.text("issuer", true);
      if (issuer != null && !parties.contains(issuer)) {
        problems.error(m.at("issuer"), m.field("issuer"), "issuer " + issuer + " is not a party to the agreement ("
            + String.join(", ", parties) + ")");
      }
      String target = m.text("target", false);
      if (target == null && issuer != null) {
        List<String> others = parties.stream().filter(p -> !p.equals(issuer)).toList();
        if (others.size() == 1) {
          target = others.get(0);
        } else {
          problems.error(m.node(), m.field("target"), "give the target: the parties other than the issuer are "
              + (others.isEmpty() ? "none" : String.join(", ", others)));
        }
      }
      Measure measure = parts.measure(m, issuer == null ? "?" : issuer, target == null ? "?" : target, references);
      if (measure == null || issuer == null || target == null) {
        return null;
      }
      Validity start = measure.validity().get(0);
      if (first != null && start.from().isBefore(first)) {
        problems.error(m.node(), m.field("validity[0].from"), "the added measure starts " + start.from()
            + ", before the change takes effect " + first);
        return null;
      }
      return measure;
    }

    private AgreementFile.Site site(Node at, String field) {
      int line = at == null ? 0 : at.getStartMark().getLine() + 1;
      int column = at == null ? 0 : at.getStartMark().getColumn() + 1;
      return new AgreementFile.Site(problems.file(), line, column, field);
    }
  }
}
