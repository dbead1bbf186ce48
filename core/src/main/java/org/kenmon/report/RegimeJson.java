package org.kenmon.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.kenmon.hs.HsPattern;
import org.kenmon.regime.Exemption;
import org.kenmon.regime.GoodsScope;
import org.kenmon.regime.PartyScope;
import org.kenmon.regime.Scope;
import org.kenmon.regime.Source;
import org.kenmon.regime.Threshold;
import org.kenmon.regime.Unconfirmed;
import org.kenmon.regime.Validity;
import org.kenmon.regime.VesselScope;
import org.kenmon.rulebook.MeasureInForce;
import org.kenmon.rulebook.RegimeDiff;
import org.kenmon.rulebook.Rulebook;

/**
 * The JSON shapes of {@code regime show} and {@code regime diff}, which scripts and the HTTP API
 * rely on. Keys are stable; new keys may be added, none renamed or removed. Empty parts of a scope
 * are left out.
 */
public final class RegimeJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RegimeJson() {}

  /** {@code {"as_of", "data_hash", "measures": [measure]}}. */
  public static ObjectNode show(LocalDate asOf, Rulebook rulebook, String dataHash) {
    ObjectNode root = JSON.objectNode();
    root.put("as_of", asOf.toString());
    root.put("data_hash", dataHash);
    ArrayNode measures = root.putArray("measures");
    rulebook.measures().forEach(m -> measures.add(measure(m)));
    return root;
  }

  /**
   * {@code {"from", "to", "added", "removed", "changed": [{"id","fields","before","after"}],
   * "renewed": [{"id","before","after"}], "unchanged": [id]}}.
   */
  public static ObjectNode diff(RegimeDiff diff) {
    ObjectNode root = JSON.objectNode();
    root.put("from", diff.from().toString());
    root.put("to", diff.to().toString());
    ArrayNode added = root.putArray("added");
    diff.added().forEach(m -> added.add(measure(m)));
    ArrayNode removed = root.putArray("removed");
    diff.removed().forEach(m -> removed.add(measure(m)));
    ArrayNode changed = root.putArray("changed");
    for (RegimeDiff.Change c : diff.changed()) {
      ObjectNode o = changed.addObject();
      o.put("id", c.id());
      strings(o.putArray("fields"), c.fields());
      o.set("before", measure(c.before()));
      o.set("after", measure(c.after()));
    }
    ArrayNode renewed = root.putArray("renewed");
    for (RegimeDiff.Change c : diff.renewed()) {
      ObjectNode o = renewed.addObject();
      o.put("id", c.id());
      o.set("before", interval(c.before().interval()));
      o.set("after", interval(c.after().interval()));
    }
    strings(root.putArray("unchanged"), diff.unchanged());
    return root;
  }

  public static ObjectNode measure(MeasureInForce m) {
    ObjectNode o = JSON.objectNode();
    o.put("id", m.id());
    o.put("issuer", m.issuer());
    o.put("kind", m.kind().code());
    o.put("effect", m.effect().code());
    o.put("title", m.title());
    o.set("scope", scope(m.scope()));
    ArrayNode thresholds = o.putArray("thresholds");
    m.thresholds().forEach(t -> thresholds.add(threshold(t)));
    ArrayNode exceptions = o.putArray("exceptions");
    m.exemptions().forEach(e -> exceptions.add(exemption(e)));
    o.put("legal_basis", m.legalBasis());
    ArrayNode sources = o.putArray("sources");
    m.sources().forEach(s -> sources.add(source(s)));
    o.put("valid_from", m.validFrom().toString());
    putDate(o, "valid_to", m.validTo());
    putDate(o, "decided_on", m.interval().decidedOn());
    if (m.interval().note() != null) {
      o.put("interval_note", m.interval().note());
    }
    if (m.measure().notes() != null) {
      o.put("notes", m.measure().notes());
    }
    if (!m.measure().related().isEmpty()) {
      strings(o.putArray("related"), m.measure().related());
    }
    ArrayNode unconfirmed = o.putArray("unconfirmed");
    m.unconfirmed().forEach(u -> unconfirmed.add(unconfirmed(u)));
    return o;
  }

  public static ObjectNode scope(Scope s) {
    ObjectNode o = JSON.objectNode();
    if (!s.directions().isEmpty()) {
      strings(o.putArray("direction"), s.directions().stream().map(d -> d.code()).toList());
    }
    putList(o, "destination", s.destination());
    putList(o, "origin", s.origin());
    putList(o, "involving", s.involving());
    if (s.goods() != null) {
      o.set("goods", goods(s.goods()));
    }
    if (s.parties() != null) {
      o.set("parties", parties(s.parties()));
    }
    if (s.vessels() != null) {
      o.set("vessels", vessels(s.vessels()));
    }
    if (s.viaThirdCountries()) {
      o.put("via_third_countries", true);
    }
    putText(o, "condition", s.condition());
    putText(o, "note", s.note());
    return o;
  }

  public static ObjectNode goods(GoodsScope g) {
    ObjectNode o = JSON.objectNode();
    if (g.all()) {
      o.put("all", true);
    }
    putList(o, "hs", g.hs().stream().map(HsPattern::toString).toList());
    putList(o, "categories", g.categories());
    putList(o, "except_hs", g.exceptHs().stream().map(HsPattern::toString).toList());
    putText(o, "note", g.note());
    return o;
  }

  private static ObjectNode parties(PartyScope p) {
    ObjectNode o = JSON.objectNode();
    putList(o, "lists", p.lists());
    putList(o, "nationality", p.nationality());
    putList(o, "residence", p.residence());
    putList(o, "roles", p.roles());
    putList(o, "categories", p.categories());
    putText(o, "note", p.note());
    return o;
  }

  private static ObjectNode vessels(VesselScope v) {
    ObjectNode o = JSON.objectNode();
    putList(o, "flags", v.flags());
    putList(o, "flags_except", v.flagsExcept());
    putList(o, "called_at", v.calledAt());
    putList(o, "listed", v.listed());
    putList(o, "names", v.names());
    putText(o, "note", v.note());
    return o;
  }

  public static ObjectNode threshold(Threshold t) {
    ObjectNode o = JSON.objectNode();
    putText(o, "what", t.what());
    o.put("amount", t.amount());
    putText(o, "currency", t.currency());
    putText(o, "unit", t.unit());
    o.put("comparator", t.comparator().code());
    putText(o, "per", t.per());
    putText(o, "note", t.note());
    return o;
  }

  public static ObjectNode exemption(Exemption e) {
    ObjectNode o = JSON.objectNode();
    o.put("id", e.id());
    o.put("title", e.title());
    ObjectNode when = o.putObject("when");
    putList(when, "purpose", e.when().purpose());
    if (e.when().amount() != null) {
      when.set("amount", threshold(e.when().amount()));
    }
    if (e.when().goods() != null) {
      when.set("goods", goods(e.when().goods()));
    }
    putText(when, "note", e.when().note());
    o.put("effect", e.effect().code());
    if (!e.validity().isEmpty()) {
      ArrayNode validity = o.putArray("validity");
      e.validity().forEach(v -> validity.add(interval(v)));
    }
    putText(o, "legal_basis", e.legalBasis());
    putText(o, "note", e.note());
    return o;
  }

  private static ObjectNode source(Source s) {
    ObjectNode o = JSON.objectNode();
    o.put("id", s.id());
    o.put("title", s.title());
    putText(o, "url", s.url());
    return o;
  }

  private static ObjectNode unconfirmed(Unconfirmed u) {
    ObjectNode o = JSON.objectNode();
    o.put("field", u.field());
    o.put("note", u.note());
    return o;
  }

  private static ObjectNode interval(Validity v) {
    ObjectNode o = JSON.objectNode();
    o.put("from", v.from().toString());
    putDate(o, "to", v.to());
    putDate(o, "decided_on", v.decidedOn());
    return o;
  }

  private static void putDate(ObjectNode o, String key, LocalDate date) {
    if (date == null) {
      o.putNull(key);
    } else {
      o.put(key, date.toString());
    }
  }

  private static void putText(ObjectNode o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  private static void putList(ObjectNode o, String key, List<String> values) {
    if (!values.isEmpty()) {
      strings(o.putArray(key), values);
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  /** Pretty-printed JSON text with a final newline. */
  public static String pretty(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
