package org.kenmon.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kenmon.regime.Source;
import org.kenmon.rulebook.MeasureInForce;
import org.kenmon.rulebook.Rulebook;
import org.kenmon.screen.Finding;
import org.kenmon.screen.Verdict;
import org.kenmon.transaction.read.Reject;

/**
 * Writes verdicts with Jackson's streaming generator, in the shape of {@link
 * org.kenmon.screen.output.VerdictJson} (the CLI's JSON Lines; a test keeps the two equal) plus
 * {@code measures}: for every measure a finding names, its title, legal basis and sources as in
 * force on the verdict's date, so that a reader sees the evidence without a second request.
 * Streaming rather than building a tree keeps the single-transaction hot path lean.
 */
public final class VerdictWriter {
  private VerdictWriter() {}

  /**
   * Writes one verdict object.
   *
   * @param kind written first as {@code "kind"} (NDJSON lines), or null for none
   * @param rulebook the rulebook of the verdict's date, for the measures' details; null for none
   */
  public static void write(JsonGenerator g, Verdict v, Rulebook rulebook, String kind) throws IOException {
    g.writeStartObject();
    if (kind != null) {
      g.writeStringField("kind", kind);
    }
    g.writeStringField("id", v.id());
    g.writeStringField("outcome", v.outcome().name());
    g.writeStringField("as_of", v.asOf().toString());
    g.writeStringField("type", v.transaction().type().code());
    g.writeStringField("source", v.transaction().source());
    g.writeArrayFieldStart("findings");
    Map<String, MeasureInForce> measures = new LinkedHashMap<>();
    for (Finding f : v.findings()) {
      g.writeStartObject();
      g.writeStringField("measure", f.measure());
      g.writeStringField("issuer", f.issuer());
      g.writeStringField("effect", f.effect().name());
      g.writeStringField("reason", f.reason());
      g.writeArrayFieldStart("evidence");
      for (String e : f.evidence()) {
        g.writeString(e);
      }
      g.writeEndArray();
      g.writeBooleanField("unconfirmed", f.unconfirmed());
      g.writeEndObject();
      if (f.measure() != null && rulebook != null) {
        rulebook.measure(f.measure()).ifPresent(m -> measures.putIfAbsent(m.id(), m));
      }
    }
    g.writeEndArray();
    g.writeObjectFieldStart("stamp");
    g.writeStringField("engine", v.stamp().engine());
    g.writeStringField("regimes", v.stamp().regimes());
    g.writeArrayFieldStart("lists");
    for (String l : v.stamp().lists()) {
      g.writeString(l);
    }
    g.writeEndArray();
    g.writeStringField("input", v.stamp().input());
    g.writeEndObject();
    if (rulebook != null) {
      g.writeObjectFieldStart("measures");
      for (MeasureInForce m : measures.values()) {
        g.writeObjectFieldStart(m.id());
        g.writeStringField("title", m.title());
        g.writeStringField("issuer", m.issuer());
        g.writeStringField("effect", m.effect().name());
        g.writeStringField("legal_basis", m.legalBasis());
        g.writeStringField("valid_from", String.valueOf(m.validFrom()));
        g.writeStringField("valid_to", m.validTo() == null ? null : m.validTo().toString());
        g.writeArrayFieldStart("sources");
        for (Source s : m.sources()) {
          g.writeStartObject();
          g.writeStringField("id", s.id());
          g.writeStringField("title", s.title());
          g.writeStringField("url", s.url());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("unconfirmed", m.isUnconfirmed());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** A rejected NDJSON line: {@code {"kind": "reject", "line", "id", "field", "message", "problems"}}. */
  public static void reject(JsonGenerator g, Reject r) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", "reject");
    g.writeNumberField("line", r.line());
    g.writeStringField("id", r.id());
    g.writeStringField("field", r.problems().get(0).field());
    g.writeStringField("message", r.problems().get(0).message());
    g.writeArrayFieldStart("problems");
    for (Reject.FieldProblem p : r.problems()) {
      g.writeStartObject();
      g.writeStringField("field", p.field());
      g.writeStringField("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
