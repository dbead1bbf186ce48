package org.kenmon.regime.yaml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kenmon.regime.Amendment;
import org.kenmon.regime.Effect;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.ExemptionCondition;
import org.kenmon.regime.GoodsScope;
import org.kenmon.regime.Measure;
import org.kenmon.regime.MeasureKind;
import org.kenmon.regime.Scope;
import org.kenmon.regime.Threshold;
import org.kenmon.regime.Unconfirmed;
import org.kenmon.regime.Validity;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one measure and checks what can be checked within it: intervals, citations, exceptions. */
final class MeasureReader {
  static final String MEASURE_FIELDS = "id, title, kind, effect, scope, thresholds, exceptions, legal_basis, "
      + "sources, related, validity, notes, unconfirmed";
  private static final String INTERVAL_FIELDS = "from, to, decided_on, note, sources, unconfirmed, "
      + "title, effect, scope, thresholds, exceptions, legal_basis";

  private final YamlProblems problems;
  private final String issuer;
  private final String target;
  private final Set<String> sourceIds;
  private final ScopeReader scopes;
  private final List<RegimeFile.Reference> references;

  MeasureReader(YamlProblems problems, String issuer, String target, Set<String> sourceIds, ScopeReader scopes,
      List<RegimeFile.Reference> references) {
    this.problems = problems;
    this.issuer = issuer;
    this.target = target;
    this.sourceIds = sourceIds;
    this.scopes = scopes;
    this.references = references;
  }

  Measure read(YamlFields f) {
    String id = f.text("id", true);
    if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
      problems.error(f.at("id"), f.field("id"), "\"" + id + "\" is not a measure id (lower case, digits, dashes)");
    }
    String title = f.text("title", true);
    MeasureKind kind = f.oneOf("kind", true, s -> Codes.lowerCaseConstant(MeasureKind.class, s),
        Codes.lowerCaseList(MeasureKind.class));
    Effect effect = effect(f, true, false);
    YamlFields scopeFields = f.object("scope");
    Scope scope = null;
    if (scopeFields == null) {
      problems.error(f.node(), f.field("scope"), "required field is missing");
    } else {
      scope = scopes.scope(scopeFields);
    }
    List<Threshold> thresholds = scopes.thresholds(f, "thresholds");
    List<Exemption> exemptions = exemptions(f);
    String legalBasis = f.text("legal_basis", false);
    if (legalBasis == null) {
      problems.error(f.node(), f.field("legal_basis"), "a measure needs a legal basis");
    }
    List<String> sources = sourceRefs(f, "sources");
    if (sources.isEmpty()) {
      problems.error(f.at("sources"), f.field("sources"), "a measure needs at least one source");
    }
    for (YamlFields.Item item : f.items("related", true)) {
      String ref = item.text();
      if (ref != null) {
        references.add(new RegimeFile.Reference(ref, problems.file(), item.node, item.path));
      }
    }
    List<String> related = f.texts("related");
    List<Validity> validity = intervals(f);
    String notes = f.text("notes", false);
    List<Unconfirmed> unconfirmed = unconfirmed(f, f.node());
    f.finish(MEASURE_FIELDS);
    if (id == null || title == null || kind == null || effect == null || scope == null || validity.isEmpty()) {
      return null;
    }
    return new Measure(id, issuer, target, title, kind, effect, scope, thresholds, exemptions, legalBasis, sources,
        related, validity, notes, unconfirmed);
  }

  private Effect effect(YamlFields f, boolean required, boolean clearAllowed) {
    String allowed = clearAllowed ? Codes.upperCaseList(Effect.class) : "PROHIBITED, LICENCE_REQUIRED, REPORTABLE, ADVISORY";
    return f.oneOf("effect", required, s -> {
      Effect e = Codes.upperCaseConstant(Effect.class, s);
      return e == Effect.CLEAR && !clearAllowed ? null : e;
    }, allowed);
  }

  private List<Validity> intervals(YamlFields f) {
    List<Validity> out = new ArrayList<>();
    List<YamlFields.Item> items = f.items("validity", false);
    if (items.isEmpty()) {
      problems.error(f.at("validity"), f.field("validity"), "a measure needs at least one validity interval");
    }
    Validity previous = null;
    Amendment inForce = Amendment.NONE;
    for (YamlFields.Item item : items) {
      YamlFields v = item.fields();
      Validity interval = interval(v, true);
      if (interval == null) {
        continue;
      }
      warnRestated(v, inForce, interval.amendment());
      inForce = inForce.overriddenBy(interval.amendment());
      if (previous != null) {
        if (previous.isOpen()) {
          problems.error(v.at("from"), v.path(), "interval follows an open-ended one (" + previous + ")");
        } else if (!interval.from().isAfter(previous.to())) {
          String why = interval.from().isBefore(previous.from()) ? "is out of order with" : "overlaps";
          problems.error(v.at("from"), v.field("from"), "interval " + interval + " " + why + " the previous one ("
              + previous + ")");
        }
      }
      previous = interval;
      out.add(interval);
    }
    return out;
  }

  /** Amendments carry forward, so restating one in a later interval is noise that hides real changes. */
  private void warnRestated(YamlFields v, Amendment inForce, Amendment a) {
    restated(v, "title", inForce.title(), a.title());
    restated(v, "effect", inForce.effect(), a.effect());
    restated(v, "scope", inForce.scope(), a.scope());
    restated(v, "thresholds", inForce.thresholds(), a.thresholds());
    restated(v, "exceptions", inForce.exemptions(), a.exemptions());
    restated(v, "legal_basis", inForce.legalBasis(), a.legalBasis());
  }

  private void restated(YamlFields v, String field, Object inForce, Object value) {
    if (value != null && value.equals(inForce)) {
      problems.warning(v.at(field), v.field(field),
          "restates the " + field + " an earlier interval set; amendments carry forward, so it can go");
    }
  }

  /** Reads a validity interval; measure intervals may amend the measure, exception intervals may not. */
  private Validity interval(YamlFields v, boolean amendable) {
    LocalDate from = v.date("from", true);
    LocalDate to = v.date("to", false);
    LocalDate decided = v.date("decided_on", false);
    String note = v.text("note", false);
    List<String> sources = sourceRefs(v, "sources");
    List<Unconfirmed> unconfirmed = unconfirmed(v, v.node());
    Amendment amendment = Amendment.NONE;
    if (amendable) {
      YamlFields scopeFields = v.object("scope");
      List<Threshold> thresholds = v.has("thresholds") ? scopes.thresholds(v, "thresholds") : null;
      v.value("thresholds");
      List<Exemption> exemptions = v.has("exceptions") ? exemptions(v) : null;
      v.value("exceptions");
      amendment = new Amendment(v.text("title", false), effect(v, false, false),
          scopeFields == null ? null : scopes.scope(scopeFields), thresholds, exemptions,
          v.text("legal_basis", false));
      v.finish(INTERVAL_FIELDS);
    } else {
      v.finish("from, to, decided_on, note, sources, unconfirmed");
    }
    if (from == null) {
      return null;
    }
    if (to != null && to.isBefore(from)) {
      problems.error(v.at("to"), v.field("to"), "interval is inverted: ends " + to + " before it starts " + from);
      return null;
    }
    if (decided != null && decided.isAfter(from)) {
      problems.warning(v.at("decided_on"), v.field("decided_on"),
          "decided " + decided + ", after the interval starts " + from + " (retroactive?)");
    }
    return new Validity(from, to, decided, note, sources, unconfirmed, amendment);
  }

  private List<Exemption> exemptions(YamlFields owner) {
    List<Exemption> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlFields.Item item : owner.items("exceptions", false)) {
      YamlFields e = item.fields();
      String id = FieldPaths.scalar(e.node(), "id");
      if (id != null && !ids.add(id)) {
        problems.error(e.at("id"), e.field("id"), "duplicate exception id \"" + id + "\"");
      }
      Exemption exemption = exemption(e);
      if (exemption != null) {
        out.add(exemption);
      }
    }
    return out;
  }

  /** Reads one exception; null, after reporting why, when it is unusable. */
  Exemption exemption(YamlFields e) {
    String id = e.text("id", true);
    String title = e.text("title", true);
    YamlFields whenFields = e.object("when");
    ExemptionCondition when = whenFields == null ? new ExemptionCondition(List.of(), null, null, null)
        : condition(whenFields);
    Effect effect = effect(e, true, true);
    List<Validity> validity = new ArrayList<>();
    for (YamlFields.Item v : e.items("validity", false)) {
      Validity interval = interval(v.fields(), false);
      if (interval != null) {
        validity.add(interval);
      }
    }
    String legalBasis = e.text("legal_basis", false);
    List<String> sources = sourceRefs(e, "sources");
    String note = e.text("note", false);
    e.finish("id, title, when, effect, validity, legal_basis, sources, note");
    if (whenFields == null && note == null) {
      problems.error(e.node(), e.field("when"), "an exception needs a condition (when) or a note saying when it holds");
    }
    if (id == null || title == null || effect == null) {
      return null;
    }
    return new Exemption(id, title, when, effect, validity, legalBasis, sources, note);
  }

  private ExemptionCondition condition(YamlFields w) {
    List<String> purpose = w.texts("purpose");
    YamlFields amountFields = w.object("amount");
    Threshold amount = amountFields == null ? null : scopes.threshold(amountFields);
    YamlFields goodsFields = w.object("goods");
    GoodsScope goods = goodsFields == null ? null : scopes.goods(goodsFields);
    String note = w.text("note", false);
    w.finish("purpose, amount, goods, note");
    return new ExemptionCondition(purpose, amount, goods, note);
  }

  List<String> sourceRefs(YamlFields f, String key) {
    List<String> out = new ArrayList<>();
    for (YamlFields.Item item : f.items(key, true)) {
      String id = item.text();
      if (id == null) {
        continue;
      }
      if (!sourceIds.contains(id)) {
        problems.error(item.node, item.path, "unknown source \"" + id + "\"; add it to the sources catalogue");
      }
      out.add(id);
    }
    return out;
  }

  /** Reads {@code unconfirmed} entries and checks that each names a field that exists or may exist. */
  List<Unconfirmed> unconfirmed(YamlFields f, Node owner) {
    List<Unconfirmed> out = new ArrayList<>();
    for (YamlFields.Item item : f.items("unconfirmed", true)) {
      String field;
      String note = null;
      if (item.node instanceof org.yaml.snakeyaml.nodes.MappingNode) {
        YamlFields u = item.fields();
        field = u.text("field", true);
        note = u.text("note", false);
        u.finish("field, note");
      } else {
        field = item.text();
      }
      if (field == null) {
        continue;
      }
      if (!FieldPaths.resolves(owner, field)) {
        problems.error(item.node, item.path, "\"" + field + "\" names no field here");
      }
      out.add(new Unconfirmed(field, note));
    }
    return out;
  }
}
